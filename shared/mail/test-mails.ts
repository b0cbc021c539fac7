/* Mails for tests, written out here rather than shipped as files, so every byte is visible. */

/** A mail as Outlook or Thunderbird saves it: encoded name and subject, a text part and an attachment. */
export const requestMail = [
  'From: =?UTF-8?Q?Ren=C3=A9e_Bakker?= <renee.bakker@example.org>',
  'To: secretariaat@example.org',
  'Subject: =?UTF-8?Q?RE:_Verslag_ledenraadpleging_=E2=80=93_december?=',
  'Date: Fri, 20 Nov 2026 16:45:00 +0100',
  'MIME-Version: 1.0',
  'Content-Type: multipart/mixed; boundary="grens"',
  '',
  '--grens',
  'Content-Type: text/plain; charset=UTF-8',
  'Content-Transfer-Encoding: quoted-printable',
  '',
  'Kunnen jullie het verslag van de ledenraadpleging maken? Graag v=C3=B3=C3=B3r de',
  'kerst, met de uitkomsten per regio.',
  '',
  '--grens',
  'Content-Type: application/pdf; name="uitkomsten.pdf"',
  'Content-Disposition: attachment; filename="uitkomsten.pdf"',
  'Content-Transfer-Encoding: base64',
  '',
  'JVBERi0xLjQK',
  '--grens--',
  '',
].join('\r\n');
