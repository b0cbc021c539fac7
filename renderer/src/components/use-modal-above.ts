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
