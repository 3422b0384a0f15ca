// DATABASE_URL (set by .ci/run and scripts/pg-throwaway) is for the PostgreSQL tests only: they
// read it from NEWSDESK_TEST_DATABASE_URL. Every other test, and every CLI or bot process a test
// spawns, runs the in-process engine, as it would for a user without DATABASE_URL.
if (process.env.DATABASE_URL) {
  process.env.NEWSDESK_TEST_DATABASE_URL = process.env.DATABASE_URL;
  delete process.env.DATABASE_URL;
}
