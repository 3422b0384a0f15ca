import { z } from 'zod';
import { fold } from '../text/fold.js';

/**
 * Which articles an answer may come from: published within [since, until] (ISO dates, inclusive)
 * and by one of `outlets`. Null means no limit on that side. Plain data, so a paging button can
 * carry it: relative dates ("last week") are resolved when the filter is parsed, not again later.
 */
export interface ArticleFilter {
  since: string | null;
  until: string | null;
  /** Publishers as the corpus spells them; null for any. */
  outlets: string[] | null;
}

/** The filter options as a user typed them (slash command options, CLI flags). */
export interface FilterInput {
  since?: string | undefined;
  until?: string | undefined;
  source?: string | undefined;
}

/** No limit at all. */
export const NO_FILTER: ArticleFilter = { since: null, until: null, outlets: null };

/** An outlet name for matching: case, accents, spaces and punctuation gone ('News Knocking' = 'newsknocking.com' minus '.com'). */
const outletKey = (s: string) => fold(s).replace(/^www\./, '').replace(/\.(com|org|net|co\.uk|com\.tr)$/, '').replace(/[^\p{L}\p{N}]+/gu, '');

/** A date as the ISO day (UTC) that filters and `published` use. */
export const isoDay = (d: Date): string => d.toISOString().slice(0, 10);
const iso = isoDay;
const addDays = (day: string, n: number) => iso(new Date(Date.parse(`${day}T00:00:00Z`) + n * 86_400_000));
const validDay = (day: string) => !Number.isNaN(Date.parse(`${day}T00:00:00Z`)) && iso(new Date(`${day}T00:00:00Z`)) === day;
const monthEnd = (y: number, m: number) => iso(new Date(Date.UTC(y, m, 0)));

/**
 * The days a date phrase covers: "2025-10-26" one day, "2025-10" a month, "2025" a year,
 * "today", "yesterday", "last week" / "last month" / "last year" (the span up to today), "last
 * N days". `today` is an ISO date from the caller (only the shells read the clock). Null when the
 * phrase is not a date.
 */
export function parseDateRange(text: string, today: string): { start: string; end: string } | null {
  const t = text.trim().toLowerCase().replace(/\s+/g, ' ');
  let m: RegExpExecArray | null;
  if ((m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(t))) return validDay(t) ? { start: t, end: t } : null;
  if ((m = /^(\d{4})-(\d{2})$/.exec(t))) {
    const [y, mo] = [Number(m[1]), Number(m[2])];
    return mo >= 1 && mo <= 12 ? { start: `${t}-01`, end: monthEnd(y, mo) } : null;
  }
  if (/^\d{4}$/.test(t)) return { start: `${t}-01-01`, end: `${t}-12-31` };
  if (t === 'today') return { start: today, end: today };
  if (t === 'yesterday') return { start: addDays(today, -1), end: addDays(today, -1) };
  const spans: Record<string, number> = { 'last week': 7, 'past week': 7, 'last month': 31, 'past month': 31, 'last year': 365, 'past year': 365 };
  // Own keys only: the option is typed by a user, and 'constructor' is on every object's prototype.
  if (Object.hasOwn(spans, t)) return { start: addDays(today, -spans[t]!), end: today };
  if ((m = /^(?:last|past) (\d{1,4}) days?$/.exec(t))) return { start: addDays(today, -Number(m[1])), end: today };
  return null;
}

/** The publishers a `source` option names: the one it spells (any case, accents, punctuation), else every one containing it. */
export function matchOutlets(query: string, publishers: readonly string[]): string[] {
  const q = outletKey(query);
  if (!q) return [];
  const exact = publishers.filter((p) => outletKey(p) === q);
  return exact.length > 0 ? exact : publishers.filter((p) => outletKey(p).includes(q));
}

const DATE_HELP = 'use YYYY-MM-DD, YYYY-MM, or a phrase like "last week"';
const option = z.string().trim().max(100, 'is longer than 100 characters').optional();
const inputSchema = z.object({ since: option, until: option, source: option });

/**
 * Parses filter options into an ArticleFilter, or an error naming the option to fix. A `since`
 * phrase means its first day, an `until` phrase its last ("until 2025-10" takes in all October).
 */
export function parseFilter(input: FilterInput, ctx: { today: string; publishers: readonly string[] }): { filter: ArticleFilter } | { error: string } {
  const parsed = inputSchema.safeParse(input);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    return { error: `${issue.path.join('.')}: ${issue.message}` };
  }
  const { since, until, source } = parsed.data;
  const s = since ? parseDateRange(since, ctx.today) : null;
  if (since && !s) return { error: `since: “${since}” is not a date; ${DATE_HELP}` };
  const u = until ? parseDateRange(until, ctx.today) : null;
  if (until && !u) return { error: `until: “${until}” is not a date; ${DATE_HELP}` };
  if (s && u && s.start > u.end) return { error: `since (${s.start}) is after until (${u.end}); swap them` };
  let outlets: string[] | null = null;
  if (source) {
    outlets = matchOutlets(source, ctx.publishers);
    if (outlets.length === 0) return { error: `source: no outlet called “${source}” in these articles; /sources lists them` };
  }
  return { filter: { since: s?.start ?? null, until: u?.end ?? null, outlets } };
}

/** True when the filter limits anything. */
export function isFiltered(f: ArticleFilter): boolean {
  return f.since !== null || f.until !== null || f.outlets !== null;
}

/** Whether an article passes: an undated article never passes a date limit, since it cannot be shown to meet it. */
export function articleMatches(a: { published: string | null; publisher: string | null }, f: ArticleFilter): boolean {
  if ((f.since !== null || f.until !== null) && a.published === null) return false;
  if (f.since !== null && a.published! < f.since) return false;
  if (f.until !== null && a.published! > f.until) return false;
  return f.outlets === null || (a.publisher !== null && f.outlets.includes(a.publisher));
}

/** The filter in words, for replies: 'from Anadolu Agency, published 2025-10-01 to 2025-10-31'. */
export function describeFilter(f: ArticleFilter): string {
  const parts: string[] = [];
  if (f.outlets) parts.push(`from ${f.outlets.length > 3 ? `${f.outlets.slice(0, 3).join(', ')} and ${f.outlets.length - 3} more` : f.outlets.join(' or ')}`);
  if (f.since && f.until) parts.push(`published ${f.since} to ${f.until}`);
  else if (f.since) parts.push(`published since ${f.since}`);
  else if (f.until) parts.push(`published until ${f.until}`);
  return parts.join(', ');
}
