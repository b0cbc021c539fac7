import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { ApiError, type Api, type Snapshot } from '../../../shared/contract/index.ts';
import { useWorkspaceState } from './workspace-state.tsx';

/**
 * Runs a command and shows any failure as a notification; returns the ApiError so a form can
 * also put the message on the field it names, keeping what the user typed.
 */
export function useCommand(): (command: (api: Api) => Promise<Snapshot>) => Promise<ApiError | null> {
  const state = useWorkspaceState();
  const { t } = useTranslation();
  return async (command) => {
    try {
      await state.apply(command);
      return null;
    } catch (error) {
      const apiError = error instanceof ApiError ? error : new ApiError({ code: 'internal', message: String(error), field: null });
      notifications.show({ color: 'red', title: t('common.error'), message: apiError.message });
      return apiError;
    }
  };
}

export function useLanguage() {
  const { i18n } = useTranslation();
  return i18n.language === 'en' ? 'en' : 'nl';
}
