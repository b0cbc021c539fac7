import { BrowserWindow, session } from 'electron';
import { denyPermissionCheck, denyPermissionRequest } from './navigation-rules.ts';
import { mainWindowOptions } from './window-options.ts';

/** Its own cookie jar: a team server's session never mixes with anything else the app loads. */
const TEAM_PARTITION = 'persist:team-workspace';

/**
 * A team workspace in a window of its own. It gets no preload, so the server's page has no bridge
 * to this computer's data: it talks to its server only, like a browser tab. The title says which
 * workspace the window shows; the local one stays in its own window.
 */
export function openTeamWindow(url: string): BrowserWindow {
  const teamSession = session.fromPartition(TEAM_PARTITION);
  teamSession.setPermissionRequestHandler(denyPermissionRequest);
  teamSession.setPermissionCheckHandler(denyPermissionCheck);
  const base = mainWindowOptions('');
  const { preload: _none, ...webPreferences } = base.webPreferences ?? {};
  const window = new BrowserWindow({ ...base, title: `Secretariaat — ${new URL(url).host}`, webPreferences: { ...webPreferences, partition: TEAM_PARTITION } });
  // The page's own <title> would replace the one that names the server.
  window.on('page-title-updated', (event) => event.preventDefault());
  window.once('ready-to-show', () => window.show());
  void window.loadURL(url);
  return window;
}
