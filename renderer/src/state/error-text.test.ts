import { beforeAll, describe, expect, it } from 'vitest';
import { ApiError } from '../../../shared/contract/index.ts';
import { i18next, initI18n } from '../i18n/index.ts';
import { errorText } from './error-text.ts';

const refusal = new ApiError({
  code: 'invalid_input',
  message: 'to: the placement already ends on 2026-12-31; extend it for a later end',
  field: 'to',
  reason: 'already_ends',
  params: { date: '2026-12-31' },
});

describe('errorText', () => {
  beforeAll(() => initI18n('nl'));

  it('words a refusal in the user language, with the date as they write it', async () => {
    await i18next.changeLanguage('nl');
    expect(errorText(refusal, i18next.t, 'nl')).toBe(
      'De detachering eindigt al op 31-12-2026; verleng haar voor een latere einddatum.',
    );
    await i18next.changeLanguage('en');
    expect(errorText(refusal, i18next.t, 'en')).toBe(
      'The placement already ends on 31/12/2026; extend it for a later end.',
    );
  });

  it('uses the request rules the forms already know, and counts with the language separators', async () => {
    await i18next.changeLanguage('nl');
    const rule = new ApiError({
      code: 'conflict',
      message: 'status: not allowed',
      field: 'status',
      reason: 'request_notAllowed',
      params: {},
    });
    expect(errorText(rule, i18next.t, 'nl')).toBe(i18next.t('requests.rules.notAllowed'));
    const client = new ApiError({
      code: 'conflict',
      message: 'id: …',
      field: 'id',
      reason: 'client_has_requests',
      params: { count: 1200 },
    });
    expect(errorText(client, i18next.t, 'nl')).toBe('Er verwijzen nog 1.200 aanvragen naar deze klant.');
  });

  it('falls back to the host message for a reason it has no words for, so nothing is lost', async () => {
    await i18next.changeLanguage('nl');
    const unknown = new ApiError({
      code: 'invalid_input',
      message: 'x: something new',
      field: 'x',
      reason: 'brand_new_rule',
      params: {},
    });
    expect(errorText(unknown, i18next.t, 'nl')).toBe('x: something new');
  });
});
