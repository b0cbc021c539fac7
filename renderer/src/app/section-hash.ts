/** What names a page in the address: `#/requests` → `requests`. Apart from React, for early-snapshot.ts. */
export function hashKey(hash: string): string {
  return hash.replace(/^#\/?/, '');
}
