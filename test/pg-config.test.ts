// DATABASE_URL at the edge: a malformed one is a configuration error naming the variable, and an
// unreachable server is one clear line and an exit code, not a stack trace. No server needed.
import { execFile } from 'node:child_process';
import { createServer } from 'node:net';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../src/config.js';
import { connectPg, DatabaseError } from '../src/store/pg/connect.js';

const run = promisify(execFile);

/** A local port nothing listens on. */
async function closedPort(): Promise<number> {
  const s = createServer().listen(0, '127.0.0.1');
  await new Promise((r) => s.once('listening', r));
  const port = (s.address() as { port: number }).port;
  await new Promise((r) => s.close(r));
  return port;
}

describe('DATABASE_URL', () => {
  it('is optional, and accepted as a postgres:// or postgresql:// URL', () => {
    expect(loadConfig({}).databaseUrl).toBeUndefined();
    expect(loadConfig({ DATABASE_URL: '' }).databaseUrl).toBeUndefined();
    expect(loadConfig({ DATABASE_URL: 'postgres://u:p@db.internal:5432/news' }).databaseUrl).toBe('postgres://u:p@db.internal:5432/news');
  });

  it('rejects another scheme, naming the variable and an example', () => {
    expect(() => loadConfig({ DATABASE_URL: 'mysql://u@h/db' })).toThrow(ConfigError);
    expect(() => loadConfig({ DATABASE_URL: 'not a url' })).toThrow(/DATABASE_URL must be a PostgreSQL URL such as postgresql:\/\//);
  });

  it('says which server cannot be reached and why, without the password, and that it may come back', async () => {
    const port = await closedPort();
    const err = await connectPg(`postgresql://newsdesk:s3cret@127.0.0.1:${port}/news`).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(DatabaseError);
    expect((err as DatabaseError).message).toContain(`127.0.0.1:${port}/news (ECONNREFUSED)`);
    expect((err as DatabaseError).message).not.toContain('s3cret');
    expect((err as DatabaseError).transient).toBe(true);
  });

  it('makes `npm run cli` print one error line and exit 1 when the server is down', async () => {
    const port = await closedPort();
    const r = await run(process.execPath, ['--import', 'tsx', 'src/cli/bin.ts', 'ask', 'who led the delegation'], { env: { ...process.env, DATABASE_URL: `postgresql://u@127.0.0.1:${port}/x` } }).catch((e: { code: number; stderr: string; stdout: string }) => e);
    expect('code' in r ? r.code : 0).toBe(1);
    expect(r.stderr.trim().split('\n')).toEqual([`error: Cannot use the PostgreSQL server at 127.0.0.1:${port}/x (ECONNREFUSED): nothing listens there: is the server running, and are host and port in DATABASE_URL right?`]);
  }, 30_000);
});
