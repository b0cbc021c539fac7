import type { APIRequestContext, Page } from '@playwright/test';
import type { WebHostProcess } from './web-host.ts';

export type FullRequest = {
  id: string;
  title: string;
  status: string;
  requesterName: string;
  requesterEmail: string;
  requesterLanguage: 'nl' | 'en';
  goal: string;
  deliverable: string;
  deadline: string | null;
  doneWhen: string;
  createdOn: string;
  assignments: { personId: string }[];
};

/** Every stored request with the fields a mail draft quotes. */
export async function fullRequests(
  request: APIRequestContext,
  host: WebHostProcess,
): Promise<{ requests: FullRequest[]; people: { id: string; name: string }[] }> {
  const token = new URL(host.url).searchParams.get('token') ?? '';
  const response = await request.post(`${host.origin}/api/getSnapshot`, {
    data: {},
    headers: { 'x-secretariaat-token': token },
  });
  const body = (await response.json()) as {
    value: { workspace: { requests: FullRequest[]; people: { id: string; name: string }[] } };
  };
  return body.value.workspace;
}

/** What a mail program makes of a `mailto:` link: address, subject and body, %-escapes undone. */
export function decodeMailto(url: string): { to: string; subject: string; body: string } {
  const [, address = '', query = ''] = /^mailto:([^?]*)\?(.*)$/.exec(url) ?? [];
  const fields = new Map(query.split('&').map((pair) => pair.split('=').map(decodeURIComponent) as [string, string]));
  return {
    to: decodeURIComponent(address),
    subject: fields.get('subject') ?? '',
    body: (fields.get('body') ?? '').replace(/\r\n/g, '\n'),
  };
}

/** Drops a file on the Requests page the way a file dragged from Outlook or the Explorer arrives. */
export async function dropFile(page: Page, name: string, bytes: Buffer): Promise<void> {
  const data = page.evaluateHandle(
    ({ name, base64 }) => {
      // Runs in the page; the tests are compiled without the DOM's types, hence the casts.
      const dom = globalThis as unknown as {
        DataTransfer: new () => { items: { add: (file: unknown) => void } };
        File: new (parts: unknown[], name: string) => unknown;
      };
      const array = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
      const transfer = new dom.DataTransfer();
      transfer.items.add(new dom.File([array], name));
      return transfer;
    },
    { name, base64: bytes.toString('base64') },
  );
  const target = page.getByTestId('requests-page');
  await target.dispatchEvent('dragover', { dataTransfer: await data });
  await target.dispatchEvent('drop', { dataTransfer: await data });
}
