import { ipcMain } from 'electron';
import { contract, ipcChannel, mapOperations } from '../../shared/contract/index.ts';
import type { Envelope } from '../../shared/contract/errors.ts';
import type { AppServices } from '../services/app-services.ts';
import { APP_ORIGIN } from './app-protocol.ts';

/** What the wrapper reads from Electron's IpcMainInvokeEvent: the frame that sent the call. */
export type SenderEvent = { readonly senderFrame: { readonly url: string } | null };
export type IpcListener = (event: SenderEvent, input: unknown) => Promise<Envelope>;
/** The part of Electron's ipcMain used here; a test passes its own to capture the handlers. */
export type IpcMainLike = { handle: (channel: string, listener: IpcListener) => void };

const UNTRUSTED: Envelope = { ok: false, error: { code: 'internal', message: 'Untrusted sender', field: null } };

const underOrigin = (url: string, origin: string): boolean => url === origin || url.startsWith(`${origin}/`);

/** Our own page only: the app origin itself or a path under it (and in `npm run dev`, the dev server's, see dev-renderer.ts). */
export function isTrustedSenderUrl(url: string, devOrigin: string | null = null): boolean {
  return underOrigin(url, APP_ORIGIN) || (devOrigin !== null && underOrigin(url, devOrigin));
}

/** A call is answered only when it comes from our own page, never from a frame that navigated elsewhere. */
export function isTrustedSender(event: SenderEvent, devOrigin: string | null = null): boolean {
  return isTrustedSenderUrl(event.senderFrame?.url ?? '', devOrigin);
}

/** The one wrapper every channel goes through: the sender is checked before the operation runs. */
export function guardedListener(
  services: Pick<AppServices, 'call'>,
  name: string,
  devOrigin: string | null = null,
): IpcListener {
  return (event, input) =>
    isTrustedSender(event, devOrigin) ? services.call(name, input) : Promise.resolve(UNTRUSTED);
}

/** Registers one channel per contract operation; returns the channels, for tests and logging. */
export function registerIpc(
  services: Pick<AppServices, 'call'>,
  ipc: IpcMainLike = ipcMain,
  devOrigin: string | null = null,
): string[] {
  return Object.values(
    mapOperations(contract, (name) => {
      ipc.handle(ipcChannel(name), guardedListener(services, name, devOrigin));
      return ipcChannel(name);
    }),
  );
}
