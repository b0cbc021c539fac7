import type { ExportFile } from '../../../../shared/contract/report-ops.ts';

/**
 * Hands exported files to the browser as downloads. In Electron a download goes through the
 * session's will-download handler, which asks where to save it with the native dialog.
 */
export function downloadFiles(files: readonly ExportFile[]): void {
  for (const file of files) {
    const bytes = Uint8Array.from(atob(file.base64), (c) => c.charCodeAt(0));
    const url = URL.createObjectURL(new Blob([bytes], { type: file.mimeType }));
    const link = document.createElement('a');
    link.href = url;
    link.download = file.name;
    link.dataset.testid = 'export-download';
    document.body.append(link);
    link.click();
    link.remove();
    // The download has started by the time the click returns; revoke later so it can still read the blob.
    setTimeout(() => URL.revokeObjectURL(url), 60_000);
  }
}

/** `#/report/2026-10`, `#/report/2026-03..2026-08`, either with `/<personId>`: the print page's address. */
export function reportHash(month: string, lastMonth: string, personId: string | null, print = false): string {
  return `#/report/${month}${lastMonth !== month ? `..${lastMonth}` : ''}${personId ? `/${encodeURIComponent(personId)}` : ''}${print ? '?print' : ''}`;
}
