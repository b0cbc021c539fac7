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

/** Our own page only: the app origin itself, or a path under it. */
export function isTrustedSenderUrl(url: string): boolean {
  return url === APP_ORIGIN || url.startsWith(`${APP_ORIGIN}/`);
}

/** A call is answered only when it comes from our own page, never from a frame that navigated elsewhere. */
export function isTrustedSender(event: SenderEvent): boolean {
  return isTrustedSenderUrl(event.senderFrame?.url ?? '');
}

/** The one wrapper every channel goes through: the sender is checked before the operation runs. */
export function guardedListener(services: Pick<AppServices, 'call'>, name: string): IpcListener {
  return (event, input) => (isTrustedSender(event) ? services.call(name, input) : Promise.resolve(UNTRUSTED));
}

/** Registers one channel per contract operation; returns the channels, for tests and logging. */
export function registerIpc(services: Pick<AppServices, 'call'>, ipc: IpcMainLike = ipcMain): string[] {
  return Object.values(
    mapOperations(contract, (name) => {
      ipc.handle(ipcChannel(name), guardedListener(services, name));
      return ipcChannel(name);
    }),
  );
}
