import type { ExportFile } from '../../../shared/contract/report-ops.ts';

/**
 * Files move between the user's disk and the main process as text or base64 inside an API call,
 * so both transports (IPC and the web host) stay the same. In Electron a download goes through the
 * session's will-download handling, which shows the native save dialog.
 */
export function downloadText(fileName: string, content: string, mimeType = 'application/json'): void {
  const url = URL.createObjectURL(new Blob([content], { type: mimeType }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  // Revoked later: the download reads the blob after click() returns.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

export async function fileAsBase64(file: File): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let binary = '';
  // In slices: String.fromCharCode with a whole file as arguments overflows the stack.
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

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
