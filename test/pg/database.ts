// A database of its own for each PostgreSQL test file, on the server DATABASE_URL named when the
// tests started (test/setup-env.ts moves it to NEWSDESK_TEST_DATABASE_URL; the throwaway cluster of
// scripts/pg-throwaway or .ci/run): test files run in parallel, and each
// indexes its own corpus.
import pg from 'pg';

/** Why the PostgreSQL tests do not run here, or null when they do. */
export const PG_SKIP_REASON = process.env.NEWSDESK_TEST_DATABASE_URL ? null : 'DATABASE_URL is not set (run them with scripts/pg-throwaway npm test)';

/** Creates an empty database; `drop` removes it again. */
export async function freshDatabase(): Promise<{ url: string; drop: () => Promise<void> }> {
  const admin = process.env.NEWSDESK_TEST_DATABASE_URL!;
  const name = `nd_test_${process.pid}_${Math.random().toString(36).slice(2, 8)}`;
  const client = new pg.Client({ connectionString: admin });
  await client.connect();
  await client.query(`CREATE DATABASE ${name}`);
  await client.end();
  const url = new URL(admin);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: async () => {
      const c = new pg.Client({ connectionString: admin });
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await c.end();
    },
  };
}
