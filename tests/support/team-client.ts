import type { Envelope } from '../../shared/contract/errors.ts';

/** A browser's worth of a team server session: its cookie and the revision its screen shows. */
export type TeamClient = {
  name: string;
  login: (password: string) => Promise<{ status: number; body: Envelope; retryAfter: string | null }>;
  call: (operation: string, input?: unknown, base?: number | null) => Promise<{ status: number; body: Envelope }>;
  cookie: () => string;
};

/** `session`: the cookie of a client already signed in, for another connection of the same account. */
export function teamClient(baseUrl: string, name: string, session = ''): TeamClient {
  let cookie = session;
  const post = (url: string, body: unknown, headers: Record<string, string> = {}) =>
    fetch(new URL(url, baseUrl), {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie, ...headers },
      body: JSON.stringify(body),
    });
  return {
    name,
    cookie: () => cookie,
    async login(password) {
      const res = await post('/api/session/login', { name, password });
      const set = res.headers.get('set-cookie');
      if (set) cookie = set.split(';')[0]!;
      return { status: res.status, body: (await res.json()) as Envelope, retryAfter: res.headers.get('retry-after') };
    },
    async call(operation, input = {}, base = null) {
      const res = await post(`/api/${operation}`, input, base === null ? {} : { 'x-secretariaat-base': String(base) });
      return { status: res.status, body: (await res.json()) as Envelope };
    },
  };
}
