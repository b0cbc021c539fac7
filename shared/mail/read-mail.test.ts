import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { MAX_MAIL_BYTES, readMailFile, titleFromSubject } from './read-mail.ts';
import { requestMail } from './test-mails.ts';

const fixture = (name: string) => readFile(path.join(import.meta.dirname, '../../tests/fixtures/mail', name));
const read = (name: string, bytes: Uint8Array | string) => {
  const data = typeof bytes === 'string' ? new TextEncoder().encode(bytes) : bytes;
  // A copy: a Node Buffer's slice shares (and its .buffer may be) a larger pool.
  const copy = new Uint8Array(data.byteLength);
  copy.set(data);
  return readMailFile(name, copy.byteLength, async () => copy.buffer);
};

describe('reading a request from a mail file', () => {
  it('reads sender, subject, body, date and attachment names from an .eml', async () => {
    const result = await read('verzoek.eml', requestMail);
    expect(result).toEqual({
      ok: true,
      mail: {
        fromName: 'Renée Bakker',
        fromAddress: 'renee.bakker@example.org',
        subject: 'RE: Verslag ledenraadpleging – december',
        body: 'Kunnen jullie het verslag van de ledenraadpleging maken? Graag vóór de\nkerst, met de uitkomsten per regio.',
        receivedOn: '2026-11-20',
        attachments: ['uitkomsten.pdf'],
      },
    });
  });

  it('reads a real Outlook .msg', async () => {
    const result = await read('sent.msg', await fixture('sent.msg'));
    expect(result).toEqual({
      ok: true,
      mail: {
        fromName: 'xmailuser',
        fromAddress: 'xmailuser@xmailserver.test',
        subject: 'Sent time',
        body: 'Test mail',
        receivedOn: '2021-02-15',
        attachments: [],
      },
    });
  });

  it('takes the text of an HTML-only mail', async () => {
    const html =
      'From: a@example.org\r\nSubject: Vraag\r\nContent-Type: text/html; charset=UTF-8\r\n\r\n<p>Graag een <b>notitie</b> &amp; een agenda.</p><p>Groet</p>';
    const result = await read('vraag.eml', html);
    expect(result.ok && result.mail.body).toBe('Graag een notitie & een agenda.\nGroet');
  });

  it('refuses a file that is not .eml or .msg', async () => {
    expect(await read('verzoek.pdf', '%PDF-1.4')).toEqual({ ok: false, problem: 'unknownType' });
  });

  it('refuses a file over 25 MB without reading it', async () => {
    let loaded = false;
    const result = await readMailFile('groot.eml', MAX_MAIL_BYTES + 1, async () => {
      loaded = true;
      return new ArrayBuffer(0);
    });
    expect(result).toEqual({ ok: false, problem: 'tooLarge' });
    expect(loaded).toBe(false);
  });

  it('refuses a damaged .msg: a cut-off file and something else renamed to .msg', async () => {
    const msg = await fixture('sent.msg');
    expect(await read('half.msg', msg.subarray(0, 1500))).toEqual({ ok: false, problem: 'damaged' });
    expect(await read('vals.msg', requestMail)).toEqual({ ok: false, problem: 'damaged' });
  });

  it('refuses an .eml that holds no mail', async () => {
    expect(await read('leeg.eml', '')).toEqual({ ok: false, problem: 'notMail' });
    expect(await read('pdf.eml', '%PDF-1.4\n%\u00e2\u00e3\n1 0 obj')).toEqual({ ok: false, problem: 'notMail' });
    expect(await read('kop.eml', 'X-Mailer: iets\r\n\r\nalleen tekst')).toEqual({ ok: false, problem: 'notMail' });
  });

  it('drops reply and forward prefixes from the subject', () => {
    expect(titleFromSubject('RE: FW: Antw: Verslag')).toBe('Verslag');
    expect(titleFromSubject('Doorst: Vraag over Re: iets')).toBe('Vraag over Re: iets');
  });
});
