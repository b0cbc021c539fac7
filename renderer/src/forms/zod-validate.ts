import type { TFunction } from 'i18next';
import type { z } from 'zod';
import { nl } from '../i18n/nl.ts';

type ErrorKey = `errors.${keyof typeof nl.errors}`;
const isErrorKey = (message: string): message is ErrorKey =>
  message.startsWith('errors.') && Object.hasOwn(nl.errors, message.slice('errors.'.length));

/** Maps a zod issue to a message in the user's language; custom refinements carry an `errors.*` key. */
export function issueMessage(issue: z.core.$ZodIssue, t: TFunction): string {
  if (isErrorKey(issue.message)) return t(issue.message);
  switch (issue.code) {
    case 'invalid_type':
      return t('errors.required');
    case 'too_small':
      return issue.origin === 'string' || issue.origin === 'array' ? t('errors.required') : t('errors.negative');
    case 'too_big':
      return t('errors.tooHigh');
    case 'not_multiple_of':
      return t('errors.quarterHours');
    case 'invalid_format':
      return issue.format === 'email' ? t('errors.invalidEmail') : t('errors.invalidDate');
    default:
      return issue.message === 'Not a calendar date' ? t('errors.invalidDate') : t('errors.generic');
  }
}

/** A Mantine form `validate` function from a zod schema, with errors keyed by field path. */
export function zodValidate<T>(schema: z.ZodType<unknown>, t: TFunction): (values: T) => Record<string, string> {
  return (values) => {
    const result = schema.safeParse(values);
    if (result.success) return {};
    const errors: Record<string, string> = {};
    for (const issue of result.error.issues) {
      const key = issue.path.map(String).join('.');
      errors[key] ??= issueMessage(issue, t);
    }
    return errors;
  };
}
