import { useEffect, useState } from 'react';
import { hashKey } from './section-hash.ts';

export const sections = ['today', 'capacity', 'requests', 'placements', 'value', 'team', 'settings'] as const;
export type Section = (typeof sections)[number];

function fromHash(hash: string): Section {
  const key = hashKey(hash);
  return sections.find((s) => s === key) ?? 'capacity';
}

/** The section lives in the URL hash so a reload, or the browser's back button, keeps the place. */
export function useSection(): Section {
  const [section, setSection] = useState<Section>(() => fromHash(window.location.hash));
  useEffect(() => {
    const onChange = () => setSection(fromHash(window.location.hash));
    window.addEventListener('hashchange', onChange);
    return () => window.removeEventListener('hashchange', onChange);
  }, []);
  return section;
}
