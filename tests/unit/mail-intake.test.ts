import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { servicesIn } from '../../electron/services/testing/temp-services.ts';
import { readMailFile } from '../../shared/mail/read-mail.ts';
import { requestMail } from '../../shared/mail/test-mails.ts';
import { createRequestSchema } from '../../shared/requests/intake.ts';
import { supportRequestSchema } from '../../shared/schemas/index.ts';
import { valuesFromMail } from '../../renderer/src/pages/requests/mail-intake-model.ts';
import { createInput } from '../../renderer/src/pages/requests/request-form-model.ts';

const TODAY = '2026-11-23';

async function readBytes(name: string, bytes: Uint8Array) {
  const copy = new Uint8Array(bytes.byteLength);
  copy.set(bytes);
  return readMailFile(name, copy.byteLength, async () => copy.buffer);
}

/** The form as the mail fills it, plus what the lead agrees with the requester before saving. */
async function requestFrom(name: string, bytes: Uint8Array) {
  const result = await readBytes(name, bytes);
  if (!result.ok) throw new Error(result.problem);
  const values = {
    ...valuesFromMail(result.mail, TODAY),
    department: 'Leden',
    deliverable: 'Verslag',
    deadline: '2026-12-18',
    estimatedHours: 6,
    doneWhen: 'Akkoord voorzitter',
  };
  const services = servicesIn();
  const answer = await services.call('createRequest', createRequestSchema.parse(createInput(values)));
  expect(answer).toMatchObject({ ok: true });
  const requests = services.context.store.document().workspace.requests;
  return requests[requests.length - 1]!;
}

describe('a mail becomes a request', () => {
  it('an .eml: requester and address from From, title from Subject, the body as goal, dated the day it came in', async () => {
    const request = await requestFrom('verzoek.eml', new TextEncoder().encode(requestMail));
    expect(request).toMatchObject({
      requesterName: 'Renée Bakker',
      requesterEmail: 'renee.bakker@example.org',
      requesterLanguage: 'nl',
      title: 'Verslag ledenraadpleging – december',
      goal: 'Kunnen jullie het verslag van de ledenraadpleging maken? Graag vóór de\nkerst, met de uitkomsten per regio.',
      createdOn: '2026-11-20',
      status: 'new',
    });
    // Attachments are listed, never kept.
    expect(JSON.stringify(request)).not.toContain('uitkomsten.pdf');
  });

  it('an Outlook .msg', async () => {
    const request = await requestFrom(
      'sent.msg',
      await readFile(path.join(import.meta.dirname, '../fixtures/mail/sent.msg')),
    );
    expect(request).toMatchObject({
      requesterName: 'xmailuser',
      requesterEmail: 'xmailuser@xmailserver.test',
      title: 'Sent time',
      goal: 'Test mail',
      createdOn: '2021-02-15',
    });
  });

  it('a request stored before mail drafts existed still loads, in Dutch and without an address', () => {
    const old = {
      id: 'r1',
      title: 'Oud',
      requesterName: 'Jan',
      deadline: null,
      estimatedHours: 2,
      status: 'new',
      createdOn: '2025-01-06',
    };
    expect(supportRequestSchema.parse(old)).toMatchObject({ requesterEmail: '', requesterLanguage: 'nl' });
  });

  it('refuses a request said to arrive in the future', async () => {
    const services = servicesIn();
    const before = services.context.store.revision();
    const values = {
      ...valuesFromMail(
        { fromName: 'A', fromAddress: '', subject: 'S', body: 'B', receivedOn: null, attachments: [] },
        TODAY,
      ),
      department: 'Leden',
      deliverable: 'V',
      deadline: '2026-12-18',
      estimatedHours: 6,
      doneWhen: 'K',
    };
    const answer = await services.call(
      'createRequest',
      createRequestSchema.parse({ ...createInput(values), receivedOn: '2026-11-24' }),
    );
    expect(answer).toMatchObject({ ok: false, error: { field: 'receivedOn' } });
    expect(services.context.store.revision()).toBe(before);
  });

  it('never dates a request after today, even when the sender’s clock ran ahead', () => {
    const values = valuesFromMail(
      { fromName: '', fromAddress: 'x@example.org', subject: 'S', body: '', receivedOn: '2026-11-25', attachments: [] },
      TODAY,
    );
    expect(values).toMatchObject({ receivedOn: TODAY, requesterName: 'x', requesterEmail: 'x@example.org' });
  });
});
