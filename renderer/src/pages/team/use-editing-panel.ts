import { useState } from 'react';

/**
 * A tab's open form or panel, reported to the drawer on every change: the drawer's Escape closes
 * an open form first and the drawer itself only when nothing is being edited.
 */
export function useEditingPanel<T>(onEditingChange: (editing: boolean) => void): [T | null, (next: T | null) => void] {
  const [panel, setPanelState] = useState<T | null>(null);
  const setPanel = (next: T | null) => {
    setPanelState(next);
    onEditingChange(next !== null);
  };
  return [panel, setPanel];
}
