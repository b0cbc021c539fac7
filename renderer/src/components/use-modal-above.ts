import { useWindowEvent } from '@mantine/hooks';
import { useSyncExternalStore } from 'react';

// Mantine's Modal and Drawer each close on any Escape pressed in the window, so a dialog opened over a
// drawer took the drawer with it. Drawers ask this hook and stop listening while a dialog is open.
const dialog = '.mantine-Modal-content';

function subscribe(onChange: () => void): () => void {
  const observer = new MutationObserver(onChange);
  observer.observe(document.body, { childList: true, subtree: true });
  return () => observer.disconnect();
}

/** True while a dialog is open anywhere (they are drawn in portals, so only the page knows). */
export function useModalAbove(): boolean {
  return useSyncExternalStore(subscribe, () => document.querySelector(dialog) !== null);
}

/**
 * For a drawer whose page knows when its own dialog is open: Escape closes the drawer unless that
 * dialog is open, heard on the window before anything inside can stop it. A dialog that has just
 * closed still fades out for a moment, and focus may not be back inside the drawer yet; a check of
 * the page (useModalAbove) would keep the drawer open for a key pressed in that moment.
 */
export function useEscapeUnlessDialog(opened: boolean, dialogOpen: boolean, onClose: () => void): void {
  useWindowEvent(
    'keydown',
    (event) => {
      if (opened && !dialogOpen && event.key === 'Escape') onClose();
    },
    { capture: true },
  );
}
