import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { ApiError, type Api, type Update } from '../../../shared/contract/index.ts';
import { errorText } from './error-text.ts';
import { useWorkspaceState } from './workspace-state.tsx';

/**
 * Runs a command and shows any failure as a notification; returns the ApiError so a form can
 * also put the message on the field it names, keeping what the user typed.
 */
export function useCommand(): (command: (api: Api) => Promise<Update>) => Promise<ApiError | null> {
  const state = useWorkspaceState();
  const { t, i18n } = useTranslation();
  return async (command) => {
    try {
      await state.apply(command);
      return null;
    } catch (error) {
      const failure = error instanceof ApiError ? error : new ApiError({ code: 'internal', message: String(error), field: null });
      // Forms put `message` on the field it names, so the error handed back carries the translated text.
      const message = errorText(failure, t, i18n.language === 'en' ? 'en' : 'nl');
      notifications.show({ color: 'red', title: t('common.error'), message });
      // A colleague's change was in the way: show it, so the next try starts from what is there now.
      if (failure.code === 'conflict') void state.sync().catch(() => undefined);
      return new ApiError({ code: failure.code, message, field: failure.field, ...(failure.detail ?? {}) });
    }
  };
}


export function useLanguage() {
  const { i18n } = useTranslation();
  return i18n.language === 'en' ? 'en' : 'nl';
}
