import { createHash, randomBytes, scrypt, timingSafeEqual, type ScryptOptions } from 'node:crypto';
import { roleSchema, type Role, type Session } from '../../shared/contract/roles.ts';
import type { SyncPg } from '../services/storage/postgres/pg-sync.ts';

/** OWASP's scrypt floor (N=2^17, r=8, p=1): about 128 MB and a tenth of a second per sign-in. */
const SCRYPT: ScryptOptions = { N: 2 ** 17, r: 8, p: 1, maxmem: 256 * 1024 * 1024 };
const KEY_BYTES = 64;
/** A working day and a bit: a director who opened the dashboard in the morning is not asked again at four. */
export const SESSION_HOURS = 12;

function derive(password: string, salt: Buffer, options: ScryptOptions): Promise<Buffer> {
  return new Promise((resolve, reject) =>
    scrypt(password.normalize('NFC'), salt, KEY_BYTES, options, (error, key) => (error ? reject(error) : resolve(key))),
  );
}

/** `scrypt$N$r$p$salt$hash`: the parameters travel with the hash, so they can be raised later. */
export async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(16);
  const key = await derive(password, salt, SCRYPT);
  return ['scrypt', SCRYPT.N, SCRYPT.r, SCRYPT.p, salt.toString('base64'), key.toString('base64')].join('$');
}

export async function passwordMatches(password: string, stored: string): Promise<boolean> {
  const [scheme, n, r, p, salt, hash] = stored.split('$');
  if (scheme !== 'scrypt' || !salt || !hash) return false;
  const expected = Buffer.from(hash, 'base64');
  const key = await derive(password, Buffer.from(salt, 'base64'), {
    N: Number(n),
    r: Number(r),
    p: Number(p),
    maxmem: SCRYPT.maxmem,
  });
  return key.length === expected.length && timingSafeEqual(key, expected);
}

const tokenHash = (token: string) => createHash('sha256').update(token).digest('base64');

/** The minimum an administrator may set: long enough to resist guessing once throttled. */
export const MIN_PASSWORD_LENGTH = 12;

/** Accounts and sign-in sessions in the team workspace's schema. Only hashes are stored, of passwords and of session tokens. */
export function accountStore(pg: SyncPg, schema: string, now: () => Date) {
  /** Spent on an unknown name too, so the answer time does not tell which names exist. */
  let decoy: Promise<string> | null = null;
  const decoyHash = () => (decoy ??= hashPassword(randomBytes(16).toString('hex')));

  return {
    async add(name: string, role: Role, password: string): Promise<void> {
      if (password.length < MIN_PASSWORD_LENGTH)
        throw new Error(`A password needs at least ${MIN_PASSWORD_LENGTH} characters.`);
      const hash = await hashPassword(password);
      pg.query(
        `INSERT INTO ${schema}.accounts (name, role, password_hash, created_at) VALUES ($1, $2, $3, $4)
         ON CONFLICT (name) DO UPDATE SET role = EXCLUDED.role, password_hash = EXCLUDED.password_hash`,
        [name, roleSchema.parse(role), hash, now().toISOString()],
      );
      // A new password ends the sessions signed in with the old one.
      pg.query(`DELETE FROM ${schema}.sessions WHERE account = $1`, [name]);
    },

    remove(name: string): boolean {
      return pg.query(`DELETE FROM ${schema}.accounts WHERE name = $1 RETURNING name`, [name]).length > 0;
    },

    list(): Session[] {
      return pg.query<Session>(`SELECT name, role FROM ${schema}.accounts ORDER BY name`);
    },

    /** The account when the password is right; null otherwise (unknown name or wrong password alike). */
    async verify(name: string, password: string): Promise<Session | null> {
      const row = pg.query<{ name: string; role: Role; password_hash: string }>(
        `SELECT name, role, password_hash FROM ${schema}.accounts WHERE name = $1`,
        [name],
      )[0];
      const matches = await passwordMatches(password, row?.password_hash ?? (await decoyHash()));
      return row && matches ? { name: row.name, role: row.role } : null;
    },

    startSession(name: string): string {
      const token = randomBytes(32).toString('base64url');
      const expires = new Date(now().getTime() + SESSION_HOURS * 3600_000);
      pg.query(`DELETE FROM ${schema}.sessions WHERE expires_at < $1`, [now()]);
      pg.query(`INSERT INTO ${schema}.sessions (token_hash, account, expires_at) VALUES ($1, $2, $3)`, [
        tokenHash(token),
        name,
        expires,
      ]);
      return token;
    },

    sessionFor(token: string): Session | null {
      if (!token) return null;
      const row = pg.query<Session>(
        `SELECT a.name, a.role FROM ${schema}.sessions s JOIN ${schema}.accounts a ON a.name = s.account WHERE s.token_hash = $1 AND s.expires_at > $2`,
        [tokenHash(token), now()],
      )[0];
      return row ?? null;
    },

    endSession(token: string): void {
      pg.query(`DELETE FROM ${schema}.sessions WHERE token_hash = $1`, [tokenHash(token)]);
    },
  };
}
export type AccountStore = ReturnType<typeof accountStore>;
