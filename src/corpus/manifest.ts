import { z } from 'zod';
import type { CorpusProblem } from './types.js';

/** The manifest's file name inside a corpus folder. */
export const MANIFEST_FILE = 'sources.json';

/** True when the YYYY-MM-DD at the start names a day that exists: Date.parse takes 2025-02-30 for 2 March. */
function isRealDay(s: string): boolean {
  const [y, m, d] = s.slice(0, 10).split('-').map(Number) as [number, number, number];
  const t = new Date(Date.UTC(2000, m - 1, d));
  t.setUTCFullYear(y);
  return t.getUTCFullYear() === y && t.getUTCMonth() === m - 1 && t.getUTCDate() === d;
}

const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}(T[\d:.]+(Z|[+-]\d{2}:?\d{2})?)?$/, 'must be an ISO date such as 2025-10-26')
  .refine((s) => isRealDay(s) && !Number.isNaN(Date.parse(s)), 'is not a real calendar date (no such day in that month); give the day it was published, such as 2025-02-28');

/** Longest URL we link: browsers and Discord stop being reliable past this, and it cannot be shown whole. */
export const MAX_URL_CHARS = 2048;

const httpUrl = z
  .string()
  .max(MAX_URL_CHARS, `is longer than ${MAX_URL_CHARS.toLocaleString('en-US')} characters; give the article's canonical URL, without tracking parameters`)
  .refine((s) => {
    try {
      const u = new URL(s);
      return u.protocol === 'http:' || u.protocol === 'https:';
    } catch {
      return false;
    }
  }, 'must be an http(s) URL such as https://example.com/story');

const nonEmpty = z.string().trim().min(1, 'must not be empty');

/** One manifest entry: only `file` is required, the rest is derived when missing. */
export const SourceEntrySchema = z.object({
  file: nonEmpty,
  id: nonEmpty.regex(/^[\w.-]+$/, 'may hold only letters, digits, ".", "_" and "-"').optional(),
  title: nonEmpty.optional(),
  publisher: nonEmpty.optional(),
  author: nonEmpty.optional(),
  url: httpUrl.optional(),
  published: isoDate.optional(),
});

export type SourceEntry = z.infer<typeof SourceEntrySchema>;

/** A value as quoted back in a problem: JSON, cut short so a 5,000-character URL does not fill the log. */
function shortJson(v: unknown): string {
  const s = JSON.stringify(v) ?? String(v);
  return s.length <= 120 ? s : `${s.slice(0, 100)}… (${s.length.toLocaleString('en-US')} characters)`;
}

/** The result of reading a manifest: the usable entries by file name, and what was wrong. */
export interface ManifestResult {
  entries: Map<string, SourceEntry>;
  problems: CorpusProblem[];
}

/**
 * Parses `sources.json` leniently: a bad entry (or a bad field of one) is reported and skipped,
 * so one typo never hides the rest of the corpus. Fields that fail validation are dropped and the
 * rest of the entry is kept.
 */
export function parseManifest(text: string): ManifestResult {
  const problems: CorpusProblem[] = [];
  const entries = new Map<string, SourceEntry>();
  const report = (message: string, field?: string) =>
    problems.push(field === undefined ? { file: MANIFEST_FILE, message } : { file: MANIFEST_FILE, field, message });

  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (err) {
    report(`is not valid JSON (${(err as Error).message}); fix the syntax or remove the file to index articles without metadata`);
    return { entries, problems };
  }
  const top = z.object({ sources: z.array(z.unknown()) }).safeParse(json);
  if (!top.success) {
    report('must be an object of the form { "sources": [ { "file": "article.txt", ... } ] }', 'sources');
    return { entries, problems };
  }
  top.data.sources.forEach((raw, i) => {
    const at = `sources[${i}]`;
    if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
      report('must be an object with at least a "file" field', at);
      return;
    }
    const entry: Record<string, unknown> = { ...(raw as Record<string, unknown>) };
    const parsed = SourceEntrySchema.safeParse(entry);
    let value: SourceEntry | undefined = parsed.success ? parsed.data : undefined;
    if (!parsed.success) {
      // Drop each bad optional field and keep the entry; a bad `file` loses the entry.
      for (const issue of parsed.error.issues) {
        const key = String(issue.path[0] ?? '');
        const shown = key in entry ? shortJson(entry[key]) : 'missing';
        report(`${key || 'entry'} ${issue.message} (got ${shown})`, key ? `${at}.${key}` : at);
        delete entry[key];
      }
      const retry = SourceEntrySchema.safeParse(entry);
      value = retry.success ? retry.data : undefined;
    }
    if (!value) return;
    if (entries.has(value.file)) {
      report(`lists "${value.file}" a second time; only the first entry is used`, `${at}.file`);
      return;
    }
    entries.set(value.file, value);
  });
  return { entries, problems };
}
