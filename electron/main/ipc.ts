import { ipcMain, type IpcMainInvokeEvent } from 'electron';
import { contract, ipcChannel, mapOperations } from '../../shared/contract/index.ts';
import type { Envelope } from '../../shared/contract/errors.ts';
import type { AppServices } from '../services/app-services.ts';
import { APP_ORIGIN } from './app-protocol.ts';

/** A call is answered only when it comes from our own page, never from a frame that navigated elsewhere. */
export function isTrustedSender(event: IpcMainInvokeEvent): boolean {
  const url = event.senderFrame?.url ?? '';
  return url === APP_ORIGIN || url.startsWith(`${APP_ORIGIN}/`);
}

export function registerIpc(services: AppServices): void {
  mapOperations(contract, (name) => {
    ipcMain.handle(ipcChannel(name), (event, input: unknown): Promise<Envelope> => {
      if (!isTrustedSender(event)) {
        return Promise.resolve({ ok: false, error: { code: 'internal', message: 'Untrusted sender', field: null } });
      }
      return services.call(name, input);
    });
    return name;
  });
}
