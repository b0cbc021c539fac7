import type { WebContents } from 'electron';
import { safeExternalUrl, safeMailtoUrl } from '../../shared/security/external-url.ts';

/**
 * The window only ever shows our own page: every navigation, redirect and webview attach is
 * cancelled. Hash changes inside the page are not navigations and keep working.
 */
export function denyNavigation(event: { preventDefault: () => void }): void {
  event.preventDefault();
}

/**
 * No new window is ever opened; a plain https link goes to the system browser instead, and a
 * checked mail draft (`mailto:`) to the system mail program.
 */
export function decideWindowOpen(url: string, openExternal: (url: string) => void): { action: 'deny' } {
  const safe = safeExternalUrl(url) ?? safeMailtoUrl(url);
  if (safe !== null) openExternal(safe);
  return { action: 'deny' };
}

/** A page outside the app (the team sign-in window) needs no camera, microphone, notifications or anything else. */
export function denyPermissionRequest(
  _contents: unknown,
  _permission: string,
  callback: (granted: boolean) => void,
): void {
  callback(false);
}

export function denyPermissionCheck(): boolean {
  return false;
}

/*
 * The app's own window may show notifications, for the daily Today notice the user switches on in
 * Settings; it still needs no camera, microphone, location or anything else.
 */
const APP_PERMISSIONS: ReadonlySet<string> = new Set(['notifications']);

export function appPermissionRequest(
  _contents: unknown,
  permission: string,
  callback: (granted: boolean) => void,
): void {
  callback(APP_PERMISSIONS.has(permission));
}

export function appPermissionCheck(_contents: unknown, permission: string): boolean {
  return APP_PERMISSIONS.has(permission);
}

export type ContentsToHarden = Pick<WebContents, 'on' | 'setWindowOpenHandler'>;

/** Applied to every web contents the app creates, so a future window cannot forget a rule. */
export function hardenWebContents(contents: ContentsToHarden, openExternal: (url: string) => void): void {
  contents.on('will-navigate', denyNavigation);
  contents.on('will-redirect', denyNavigation);
  contents.on('will-attach-webview', denyNavigation);
  contents.setWindowOpenHandler(({ url }) => decideWindowOpen(url, openExternal));
}
