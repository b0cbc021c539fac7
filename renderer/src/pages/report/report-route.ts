import { useEffect, useState } from 'react';
import { isReportHash } from './report-format.ts';

export function useHash(): string {
  const [hash, setHash] = useState(window.location.hash);
  useEffect(() => {
    const onChange = () => setHash(window.location.hash);
    window.addEventListener('hashchange', onChange);
    return () => window.removeEventListener('hashchange', onChange);
  }, []);
  return hash;
}

/**
 * True on `#/report/…`: the app then shows the print page instead of its shell. Apart from the
 * page itself so the app can ask without loading the report and its charts.
 */
export function useIsReportRoute(): boolean {
  return isReportHash(useHash());
}
