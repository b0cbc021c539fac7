import { BrowserWindow, session } from 'electron';
import { denyPermissionCheck, denyPermissionRequest } from './navigation-rules.ts';
import { TEAM_PARTITION, teamWindowOptions } from './window-options.ts';

/**
 * A team workspace in a window of its own (see teamWindowOptions): the server's page talks to its
 * server only, like a browser tab. The title says which workspace the window shows; the local one
 * stays in its own window.
 */
export function openTeamWindow(url: string): BrowserWindow {
  const teamSession = session.fromPartition(TEAM_PARTITION);
  teamSession.setPermissionRequestHandler(denyPermissionRequest);
  teamSession.setPermissionCheckHandler(denyPermissionCheck);
  const window = new BrowserWindow(teamWindowOptions(url));
  // The page's own <title> would replace the one that names the server.
  window.on('page-title-updated', (event) => event.preventDefault());
  window.once('ready-to-show', () => window.show());
  void window.loadURL(url);
  return window;
}
