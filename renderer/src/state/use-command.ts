import { notifications } from '@mantine/notifications';
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
      return apiError;
    }
  };
}

/** A failed save is the user's business in their own language; other messages name a field and stay as the host wrote them. */
export function errorText(error: ApiError, t: (key: string) => string): string {
  if (error.code === 'storage_full') return t('common.storageFull');
  if (error.code === 'storage') return `${t('common.storageFailed')} (${error.message})`;
  return error.message;
}

export function useLanguage() {
  const { i18n } = useTranslation();
  return i18n.language === 'en' ? 'en' : 'nl';
}
