import { notifications } from '@mantine/notifications';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { ApiError, type Api, type Update } from '../../../shared/contract/index.ts';
import { useWorkspaceState } from './workspace-state.tsx';

/**
 * Runs a command and shows any failure as a notification; returns the ApiError so a form can
 * also put the message on the field it names, keeping what the user typed.
 */
export function useCommand(): (command: (api: Api) => Promise<Update>) => Promise<ApiError | null> {
  const state = useWorkspaceState();
  const { t } = useTranslation();
  return async (command) => {
    try {
      await state.apply(command);
      return null;
    } catch (error) {
      const apiError = error instanceof ApiError ? error : new ApiError({ code: 'internal', message: String(error), field: null });
      notifications.show({ color: 'red', title: t('common.error'), message: errorText(apiError, t) });
      // A colleague's change was in the way: show it, so the next try starts from what is there now.
      if (apiError.code === 'conflict') void state.sync().catch(() => undefined);
      return apiError;
    }
  };
}

/** A failed save is the user's business in their own language; other messages name a field and stay as the host wrote them. */
export function errorText(error: ApiError, t: TFunction): string {
  if (error.code === 'storage_full') return t('common.storageFull');
  if (error.code === 'forbidden') return t('session.forbidden');
  if (error.detail?.reason === 'stale_view') return t('session.staleView');
  if (error.detail?.reason === 'changed_by_other') {
    const { author, at } = error.detail.params;
    return t('session.changedByOther', { author, time: new Date(String(at)).toLocaleTimeString(undefined, { hour: '2-digit', minute: '2-digit' }) });
  }
  if (error.code === 'storage') return `${t('common.storageFailed')} (${error.message})`;
  return error.message;
}

export function useLanguage() {
  const { i18n } = useTranslation();
  return i18n.language === 'en' ? 'en' : 'nl';
}
