import { readFile } from 'node:fs/promises';
import path from 'node:path';
import PostalMime from 'postal-mime';
import { requestMail } from '../../shared/mail/test-mails.ts';
import { seriousViolations } from './support/accessibility.ts';
import { expect, test } from './support/fixtures.ts';
import { decodeMailto, dropFile, fullRequests } from './support/mail.ts';
import { RequestsPage, storedRequests } from './support/requests-page.ts';

const languages = [
  {
    ui: 'NL',
    nl: true,
    confirmSubject: 'Bevestiging: ',
    englishSubject: 'Confirmed: ',
    notMail: 'is geen mail',
    damaged: 'is beschadigd',
    nothing: 'Er is niets aangemaakt.',
  },
  {
    ui: 'EN',
    nl: false,
    confirmSubject: 'Bevestiging: ',
    englishSubject: 'Confirmed: ',
    notMail: 'is not a mail',
    damaged: 'is damaged',
    nothing: 'Nothing was created.',
  },
] as const;

const dialog = '.mantine-Modal-content';

// Each test walks a whole flow with several axe passes; on a busy two-core machine that exceeds a minute.
test.describe.configure({ timeout: 180_000 });

for (const lang of languages) {
  test(`a mail draft from a request carries its expectations, in the requester's language, as mailto or .eml (${lang.ui})`, async ({
    app,
    page,
    host,
    request,
  }) => {
    if (!lang.nl) await app.switchLanguage('EN');
    await app.goTo('requests');
    const requests = new RequestsPage(page);
    await expect(requests.rows.first()).toBeVisible();
    const { requests: stored, people } = await fullRequests(request, host);
    const agreed = stored.find(
      (r) => r.status === 'assigned' && r.requesterEmail && r.deadline && r.assignments.length > 0,
    )!;
    const assignee = people.find((p) => p.id === agreed.assignments[0]!.personId)!.name;

    await requests.open(agreed.id);
    await requests.action('mail');
    const draft = page.getByTestId('mail-draft');
    await expect(draft).toBeVisible();
    const mail = decodeMailto((await draft.getByTestId('mail-draft-open').getAttribute('href')) ?? '');
    expect(mail.to).toBe(agreed.requesterEmail);
    expect(mail.subject).toBe(`${lang.confirmSubject}${agreed.title}`);
    const [y, m, d] = agreed.deadline!.split('-');
    for (const line of [
      `Beste ${agreed.requesterName},`,
      `Doel: ${agreed.goal}`,
      `Op te leveren: ${agreed.deliverable}`,
      `Deadline: ${d}-${m}-${y}`,
      `Klaar wanneer: ${agreed.doneWhen}`,
    ]) {
      expect(mail.body).toContain(line);
    }
    expect(mail.body).toMatch(new RegExp(`Uitgevoerd door: .*${assignee}`));
    expect(await seriousViolations(page, dialog)).toEqual([]);
    await draft.getByTestId('mail-draft-close').click();

    // The requester reads English, and wrote a long goal: the draft turns English and too long for a link.
    await requests.action('edit');
    await requests.field('request-requester-language').click();
    await page.getByRole('option', { name: lang.nl ? 'Engels' : 'English' }).click();
    const longGoal =
      `${agreed.goal} ${'Every region gets its own paragraph with the figures of this year and last year. '.repeat(30)}`.trim();
    await requests.field('request-goal').fill(longGoal);
    await requests.save();
    await expect(requests.form).toHaveCount(0);
    await requests.action('mail');
    await expect(draft.getByTestId('mail-draft-subject')).toHaveValue(`${lang.englishSubject}${agreed.title}`);
    await expect(draft.getByTestId('mail-draft-too-long')).toBeVisible();
    await expect(draft.getByTestId('mail-draft-open')).toHaveCount(0);
    const download = page.waitForEvent('download');
    await draft.getByTestId('mail-draft-eml').click();
    const file = await download;
    expect(file.suggestedFilename()).toMatch(/\.eml$/);
    const parsed = await PostalMime.parse(await readFile((await file.path())!));
    expect(parsed.to?.[0]).toMatchObject({ address: agreed.requesterEmail });
    expect(parsed.subject).toBe(`${lang.englishSubject}${agreed.title}`);
    expect(parsed.text).toContain(`Goal: ${longGoal}`);
    expect(parsed.text).toContain(`Deadline: ${d}/${m}/${y}`);
    expect(await seriousViolations(page, dialog)).toEqual([]);
  });

  test(`a dropped or chosen mail opens a pre-filled request; a bad file creates nothing (${lang.ui})`, async ({
    app,
    page,
    host,
    request,
  }) => {
    if (!lang.nl) await app.switchLanguage('EN');
    await app.goTo('requests');
    const requests = new RequestsPage(page);
    await expect(requests.rows.first()).toBeVisible();
    const countBefore = (await storedRequests(request, host)).length;
    const chooser = page.getByTestId('requests-page').locator('input[type=file]');

    // Refused files: a PDF, a "mail" that is a PDF, a damaged Outlook file. No form, nothing stored.
    await chooser.setInputFiles({
      name: 'offerte.pdf',
      mimeType: 'application/pdf',
      buffer: Buffer.from('%PDF-1.4\n'),
    });
    await expect(page.getByTestId('mail-intake-error')).toContainText(lang.notMail);
    await expect(page.getByTestId('mail-intake-error')).toContainText(lang.nothing);
    expect(await seriousViolations(page, '[data-testid=mail-intake-error]')).toEqual([]);
    const msg = await readFile(path.join(import.meta.dirname, '../fixtures/mail/sent.msg'));
    await dropFile(page, 'kapot.msg', msg.subarray(0, 2000));
    await expect(page.getByTestId('mail-intake-error')).toHaveAttribute('data-problem', 'damaged');
    await expect(page.getByTestId('mail-intake-error')).toContainText(lang.damaged);
    await expect(requests.form).toHaveCount(0);
    expect(await storedRequests(request, host)).toHaveLength(countBefore);

    // A real Outlook .msg, dropped on the page.
    await dropFile(page, 'sent.msg', msg);
    await expect(requests.form).toBeVisible();
    await expect(page.getByTestId('mail-intake-error')).toHaveCount(0);
    await expect(requests.field('request-requester')).toHaveValue('xmailuser');
    await expect(requests.field('request-requester-email')).toHaveValue('xmailuser@xmailserver.test');
    await expect(requests.field('request-title')).toHaveValue('Sent time');
    await expect(requests.field('request-goal')).toHaveValue('Test mail');
    await requests.field('request-cancel').click();
    await expect(requests.form).toHaveCount(0);

    // An .eml chosen with the button: filled in, attachments named, then completed and saved.
    await chooser.setInputFiles({ name: 'verzoek.eml', mimeType: 'message/rfc822', buffer: Buffer.from(requestMail) });
    await expect(requests.form).toBeVisible();
    await expect(requests.form.getByTestId('request-mail-attachments')).toContainText('uitkomsten.pdf');
    await expect(requests.field('request-requester')).toHaveValue('Renée Bakker');
    await expect(requests.field('request-title')).toHaveValue('Verslag ledenraadpleging – december');
    expect(await seriousViolations(page, dialog)).toEqual([]);
    await requests.field('request-department').fill('Leden');
    await requests.field('request-deliverable').fill('Verslag per regio');
    await requests.field('request-deadline').fill(lang.nl ? '18-12-2026' : '18/12/2026');
    await requests.field('request-deadline').press('Tab');
    await requests.field('request-estimate').fill('6');
    await requests.field('request-done-when').fill('Akkoord van de voorzitter');
    await requests.save();
    await expect(requests.form).toHaveCount(0);
    const { requests: after } = await fullRequests(request, host);
    expect(after).toHaveLength(countBefore + 1);
    expect(after.find((r) => r.title === 'Verslag ledenraadpleging – december')).toMatchObject({
      requesterName: 'Renée Bakker',
      requesterEmail: 'renee.bakker@example.org',
      goal: 'Kunnen jullie het verslag van de ledenraadpleging maken? Graag vóór de\nkerst, met de uitkomsten per regio.',
      createdOn: '2026-11-20',
      status: 'new',
    });
  });
}

test('a template changed in Settings shapes the next draft, and its placeholders are listed', async ({
  app,
  page,
  host,
  request,
}) => {
  await app.goTo('settings');
  const panel = page.getByTestId('mail-templates');
  await expect(panel.getByTestId('mail-templates-placeholders')).toContainText('{uitvoerder}');
  await panel.getByTestId('mail-templates-subject').fill('Ja, door {uitvoerder}: {titel}');
  await panel.getByTestId('mail-templates-save').click();
  await expect(page.getByText('Mailsjablonen opgeslagen')).toBeVisible();
  expect(await seriousViolations(page, '[data-testid=mail-templates]')).toEqual([]);

  await app.goTo('requests');
  const requests = new RequestsPage(page);
  const { requests: stored, people } = await fullRequests(request, host);
  const agreed = stored.find((r) => r.status === 'assigned' && r.assignments.length === 1)!;
  await requests.open(agreed.id);
  await requests.action('mail');
  const assignee = people.find((p) => p.id === agreed.assignments[0]!.personId)!.name;
  await expect(page.getByTestId('mail-draft-subject')).toHaveValue(`Ja, door ${assignee}: ${agreed.title}`);
});
