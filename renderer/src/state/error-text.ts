import type { TFunction } from 'i18next';
import type { ApiError } from '../../../shared/contract/index.ts';
import { formatCount, formatDate, formatMonth } from '../../../shared/format.ts';
import type { Language } from '../../../shared/schemas/index.ts';

const isoDate = /^\d{4}-\d{2}-\d{2}$/;
const isoMonth = /^\d{4}-\d{2}$/;

/** Parameters as the user reads them: dates and months in their format, counts with their separators. */
function localParams(params: Record<string, string | number>, language: Language): Record<string, string> {
  return Object.fromEntries(
    Object.entries(params).map(([key, value]) => {
      if (typeof value === 'number') return [key, formatCount(value, language)];
      if (isoDate.test(value)) return [key, formatDate(value, language)];
      if (isoMonth.test(value)) return [key, formatMonth(value, language, 'long')];
      return [key, value];
    }),
  );
}

/**
 * The host's refusal in the user's language. The host sends a code and, for a rule the user broke, a
 * reason with parameters; its English `message` is only shown when the renderer has no words for the
 * reason (a newer host), so nothing is ever lost.
 */
export function errorText(error: ApiError, t: TFunction, language: Language): string {
  if (error.code === 'storage_full') return t('common.storageFull');
  if (error.code === 'storage' && !error.detail) return `${t('common.storageFailed')} (${error.message})`;
  if (error.code === 'forbidden') return t('session.forbidden');
  const reason = error.detail?.reason;
  if (reason === 'stale_view') return t('session.staleView');
  if (reason === 'changed_by_other') {
    const { author, at } = error.detail!.params;
    const time = new Date(String(at)).toLocaleTimeString(language === 'en' ? 'en-GB' : 'nl-NL', {
      hour: '2-digit',
      minute: '2-digit',
    });
    return t('session.changedByOther', { author, time });
  }
  if (reason?.startsWith('request_'))
    return t(`requests.rules.${reason.slice('request_'.length)}`, { defaultValue: error.message });
  if (reason)
    return t(`serverErrors.${reason}`, {
      ...localParams(error.detail?.params ?? {}, language),
      defaultValue: error.message,
    });
  return error.message;
}
