import { useEffect, useEffectEvent, useState } from 'react';

/**
 * A tab's open form or panel, reported to the drawer on every change: the drawer's Escape closes
 * an open form first and the drawer itself only when nothing is being edited. `initial` opens a form
 * at once (the palette's "log leave").
 */
export function useEditingPanel<T>(
  onEditingChange: (editing: boolean) => void,
  initial: T | null = null,
): [T | null, (next: T | null) => void] {
  const [panel, setPanelState] = useState<T | null>(initial);
  const report = useEffectEvent(onEditingChange);
  const startsOpen = initial !== null;
  useEffect(() => {
    if (startsOpen) report(true);
  }, [startsOpen]);
  const setPanel = (next: T | null) => {
    setPanelState(next);
    onEditingChange(next !== null);
  };
  return [panel, setPanel];
}
