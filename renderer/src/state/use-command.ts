import { useCallback } from 'react';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { ApiError, type Api, type Update } from '../../../shared/contract/index.ts';
import { errorText } from './error-text.ts';
import { useWorkspaceState } from './workspace-state.tsx';

/**
 * Shows a failed call as a notification in the user's language (every page the same way) and
 * returns the failure carrying that text, so a form can also put it on the field it names.
 */
export function useShowFailure(): (error: unknown, title?: string) => ApiError {
  const { t, i18n } = useTranslation();
  const language = i18n.language === 'en' ? 'en' : 'nl';
  // Stable while the language is, so a page can list it among an effect's dependencies.
  return useCallback(
    (error: unknown, title?: string) => {
      const failure =
        error instanceof ApiError ? error : new ApiError({ code: 'internal', message: String(error), field: null });
      const message = errorText(failure, t, language);
      notifications.show({ color: 'red', title: title ?? t('common.error'), message });
      return new ApiError({ code: failure.code, message, field: failure.field, ...(failure.detail ?? {}) });
    },
    [t, language],
  );
}

/**
 * Runs a command and shows any failure as a notification; returns the ApiError so a form can
 * also put the message on the field it names, keeping what the user typed.
 */
export function useCommand(): (command: (api: Api) => Promise<Update>) => Promise<ApiError | null> {
  const state = useWorkspaceState();
  const showFailure = useShowFailure();
  return async (command) => {
    try {
      await state.apply(command);
      return null;
    } catch (error) {
      const failure = showFailure(error);
      // A colleague's change was in the way: show it, so the next try starts from what is there now.
      if (failure.code === 'conflict') void state.sync().catch(() => undefined);
      return failure;
    }
  };
}

export type CallResult<T> = { ok: true; value: T } | { ok: false; failure: ApiError };

/**
 * For calls that answer with something other than a workspace change (a file, a list, a count):
 * the same failure notification as useCommand, and the result or the failure to act on.
 */
export function useCall(): <T>(call: (api: Api) => Promise<T>, failureTitle?: string) => Promise<CallResult<T>> {
  const state = useWorkspaceState();
  const showFailure = useShowFailure();
  return useCallback(
    async <T>(call: (api: Api) => Promise<T>, failureTitle?: string): Promise<CallResult<T>> => {
      try {
        return { ok: true, value: await call(state.api) };
      } catch (error) {
        return { ok: false, failure: showFailure(error, failureTitle) };
      }
    },
    [state, showFailure],
  );
}

export function useLanguage() {
  const { i18n } = useTranslation();
  return i18n.language === 'en' ? 'en' : 'nl';
}
