import PostalMime from 'postal-mime';
import { describe, expect, it } from 'vitest';
import { person, request } from '../capacity/test-fixtures.ts';
import { defaultSettings } from '../demo/settings.ts';
import { safeMailtoUrl } from '../security/external-url.ts';
import { draftFor, mailKindFor } from './draft.ts';
import { buildEml } from './eml.ts';
import { MAILTO_LIMIT, mailtoFor } from './mailto.ts';

const settings = defaultSettings('demo');
const people = [person('p1', undefined, { name: 'Priya Sharma' }), person('p2', undefined, { name: 'Jan Smit' })];
const workspace = { people, settings };

const agreed = request('r1', {
  title: 'Notulen ALV & begroting',
  requesterName: 'Anke de Vries',
  requesterEmail: 'anke.devries@example.org',
  goal: 'Besluiten vastleggen',
  deliverable: 'Conceptnotulen',
  deadline: '2026-12-11',
  estimatedHours: 7.5,
  doneWhen: 'Concept binnen drie dagen bij de voorzitter',
  status: 'assigned',
  assignments: [
    { personId: 'p1', week: '2026-W49', hours: 4 },
    { personId: 'p2', week: '2026-W50', hours: 3.5 },
  ],
});

/** What a mail program does with the link: split it and undo the %-escapes. */
function decodeMailto(url: string) {
  const [, address = '', query = ''] = /^mailto:([^?]*)\?(.*)$/.exec(url) ?? [];
  const fields = Object.fromEntries(
    query.split('&').map((pair) => pair.split('=').map(decodeURIComponent) as [string, string]),
  );
  return {
    to: decodeURIComponent(address),
    subject: fields.subject ?? '',
    body: (fields.body ?? '').replace(/\r\n/g, '\n'),
  };
}

describe('mail drafts', () => {
  it('confirms in Dutch with every agreed expectation and who does it, readable from the decoded mailto link', () => {
    const url = mailtoFor(draftFor('confirm', agreed, workspace));
    expect(url).not.toBeNull();
    expect(safeMailtoUrl(url!)).toBe(url);
    const mail = decodeMailto(url!);
    expect(mail.to).toBe('anke.devries@example.org');
    expect(mail.subject).toBe('Bevestiging: Notulen ALV & begroting');
    expect(mail.body).toContain('Beste Anke de Vries,');
    expect(mail.body).toContain('Doel: Besluiten vastleggen');
    expect(mail.body).toContain('Op te leveren: Conceptnotulen');
    expect(mail.body).toContain('Deadline: 11-12-2026');
    expect(mail.body).toContain('Geschatte uren: 7,5 uur');
    expect(mail.body).toContain('Klaar wanneer: Concept binnen drie dagen bij de voorzitter');
    expect(mail.body).toContain('Uitgevoerd door: Priya Sharma en Jan Smit');
    expect(mail.body).toContain('Secretariaat Brancheorganisatie');
  });

  it('writes to an English-speaking requester in English, with English dates and numbers', () => {
    const mail = draftFor('confirm', { ...agreed, requesterLanguage: 'en' }, workspace);
    expect(mail.subject).toBe('Confirmed: Notulen ALV & begroting');
    expect(mail.body).toContain('Deadline: 11/12/2026');
    expect(mail.body).toContain('Estimated hours: 7.5 hours');
    expect(mail.body).toContain('Carried out by: Priya Sharma and Jan Smit');
  });

  it('gives the reason on a decline, the reason and proposed week on a deferral, and asks for a 1–5 rating when done', () => {
    const declined = draftFor(
      'decline',
      { ...agreed, status: 'declined', reason: 'Geen capaciteit in december' },
      workspace,
    );
    expect(declined.body).toContain('Reden: Geen capaciteit in december');
    const deferred = draftFor(
      'defer',
      { ...agreed, status: 'deferred', reason: 'Eerst de jaarafsluiting', deferredTo: '2027-W02' },
      workspace,
    );
    expect(deferred.body).toContain('week 2 (vanaf 11-01-2027)');
    expect(deferred.body).toContain('Reden: Eerst de jaarafsluiting');
    const done = draftFor('done', { ...agreed, status: 'done', requesterLanguage: 'en' }, workspace);
    expect(done.body).toMatch(/from 1 \(poor\) to 5 \(excellent\)/);
  });

  it('picks the kind of mail that answers where the request stands', () => {
    expect(
      ['new', 'assigned', 'in_progress', 'declined', 'deferred', 'done'].map((s) => mailKindFor(s as never)),
    ).toEqual(['confirm', 'confirm', 'confirm', 'decline', 'defer', 'done']);
  });

  it("uses the lead's own template from the settings", () => {
    const own = {
      ...settings,
      mailTemplates: {
        nl: { confirm: { subject: 'Ja: {titel}', body: 'Ja, door {uitvoerder}, klaar {deadline}.' } },
        en: {},
      },
    };
    const mail = draftFor('confirm', agreed, { people, settings: own });
    expect(mail).toMatchObject({
      subject: 'Ja: Notulen ALV & begroting',
      body: 'Ja, door Priya Sharma en Jan Smit, klaar 11-12-2026.',
    });
  });

  it('writes a draft too long for a mailto link as an .eml that postal-mime reads back unchanged', async () => {
    const long = { ...agreed, goal: `Één lang verhaal — ${'met ümlauts en € tekens, '.repeat(80)}`.trim() };
    const draft = draftFor('confirm', long, workspace);
    expect(mailtoFor(draft)).toBeNull();
    const eml = buildEml(draft, new Date(Date.UTC(2026, 10, 23, 9, 30)));
    expect(eml.split('\r\n').every((line) => line.length <= 998)).toBe(true);
    const parsed = await PostalMime.parse(eml);
    expect(parsed.to?.[0]).toMatchObject({ address: 'anke.devries@example.org' });
    expect(parsed.subject).toBe(draft.subject);
    expect(parsed.text?.replace(/\r\n/g, '\n').trimEnd()).toBe(draft.body.trimEnd());
    expect(parsed.text).toContain(long.goal);
    expect(parsed.date).toBe('2026-11-23T09:30:00.000Z');
  });

  it('encodes a non-ASCII subject so it survives the trip', async () => {
    const draft = draftFor('done', { ...agreed, title: 'Verslag ‘Één jaar’ — ééntje', status: 'done' }, workspace);
    const parsed = await PostalMime.parse(buildEml({ ...draft, body: 'x' }, new Date()));
    expect(parsed.subject).toBe('Klaar: Verslag ‘Één jaar’ — ééntje');
  });

  it('keeps to the mailto length limit', () => {
    const draft = draftFor('confirm', agreed, workspace);
    const filler = 'a'.repeat(MAILTO_LIMIT);
    expect(mailtoFor({ ...draft, body: filler })).toBeNull();
    expect(mailtoFor(draft)!.length).toBeLessThanOrEqual(MAILTO_LIMIT);
  });
});

describe('safeMailtoUrl', () => {
  it('accepts a plain draft and rebuilds it from what it checked', () => {
    expect(safeMailtoUrl('mailto:a.b@example.org?subject=Hoi&body=Regel%0D%0Atwee')).toBe(
      'mailto:a.b@example.org?subject=Hoi&body=Regel%0D%0Atwee',
    );
    expect(safeMailtoUrl('MAILTO:?body=x')).toBe('mailto:?subject=&body=x');
  });

  it.each([
    'mailto:a@example.org?cc=evil@example.org',
    'mailto:a@example.org?bcc=evil@example.org&body=x',
    'mailto:a@example.org?attach=/etc/passwd',
    'mailto:a@example.org,b@example.org?body=x',
    'mailto:a@example.org?body=%E0%A4%A',
    'mailto:a@example.org?body=one&body=two',
    'mailto:<a@example.org>',
    'mailto:a@example.org?body=x y',
    `mailto:a@example.org?body=${'x'.repeat(2000)}`,
    'javascript:alert(1)',
    'https://example.org/',
  ])('refuses %s', (candidate) => {
    expect(safeMailtoUrl(candidate)).toBeNull();
  });
});
