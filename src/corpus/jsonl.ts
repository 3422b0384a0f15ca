import path from 'node:path';
import { z } from 'zod';
import { SourceEntrySchema, type SourceEntry } from './manifest.js';
import type { CorpusProblem } from './types.js';

/** A JSON Lines archive: one article a line. */
export const JSONL_EXTENSION = '.jsonl';

/**
 * One line of an archive. The metadata fields are validated exactly as in sources.json; `title`
 * and `text` are required, since a line has no file name or headline line to derive them from.
 */
const RecordSchema = SourceEntrySchema.omit({ file: true }).extend({
  title: z.string().trim().min(1, 'must not be empty'),
  text: z.string().refine((s) => s.trim().length > 0, 'must not be empty'),
});

/** The name an archive's line goes by as an article file: `archive.jsonl:12` (lines count from 1). */
export function lineFile(file: string, line: number): string {
  return `${file}:${line}`;
}

/** The archive and line an article file name points into, or null for an ordinary file. */
export function splitLineFile(name: string): { file: string; line: number } | null {
  const m = /^(.*\.jsonl):(\d+)$/i.exec(name);
  return m ? { file: m[1]!, line: Number(m[2]) } : null;
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** An archive's lines, decoded strictly; null when it is not UTF-8. */
function linesOf(content: string | Uint8Array): string[] | null {
  try {
    return (typeof content === 'string' ? content : utf8.decode(content)).replace(/^\uFEFF/, '').split(/\r?\n/);
  } catch {
    return null;
  }
}

/** The article text on one line of an archive (what the persisted index restores), or null when the line no longer holds one. */
export function lineText(content: string | Uint8Array, line: number): string | null {
  const raw = linesOf(content)?.[line - 1];
  if (raw === undefined) return null;
  try {
    const parsed = RecordSchema.safeParse(JSON.parse(raw));
    return parsed.success ? parsed.data.text : null;
  } catch {
    return null;
  }
}

/** One archive line, parsed: its article as a file and manifest entry, or the problem naming its line. */
function parseLine(file: string, n: number, raw: string, idBase: string): { file: { file: string; content: string }; entry: SourceEntry } | { problem: CorpusProblem } {
  const at = { file, field: `line ${n}` };
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch (err) {
    return { problem: { ...at, message: `${file} line ${n} is not valid JSON (${(err as Error).message}); fix it or remove the line` } };
  }
  const parsed = RecordSchema.safeParse(json);
  if (!parsed.success) {
    const why = parsed.error.issues.map((i) => `${i.path.join('.') || 'the line'} ${i.path.length === 0 ? 'must be an object with "title" and "text"' : i.message}`).join('; ');
    return { problem: { ...at, message: `${file} line ${n}: ${why}; the line is skipped` } };
  }
  const { text, ...meta } = parsed.data;
  const name = lineFile(file, n);
  return { file: { file: name, content: text }, entry: { ...meta, file: name, id: meta.id ?? `${idBase}-${n}` } };
}

/**
 * An archive's articles, each as a virtual file (`archive.jsonl:3`) with its manifest entry, so
 * that they are cleaned, split and cited like any other article. A bad line is reported by file
 * and line number and the rest still load.
 */
export function expandJsonl(file: string, content: string | Uint8Array): { files: { file: string; content: string }[]; entries: SourceEntry[]; problems: CorpusProblem[] } {
  const out = { files: [] as { file: string; content: string }[], entries: [] as SourceEntry[], problems: [] as CorpusProblem[] };
  const lines = linesOf(content);
  if (!lines) {
    out.problems.push({ file, message: `${file} is not valid UTF-8; re-save it as UTF-8 (one JSON object a line)` });
    return out;
  }
  const idBase = path.basename(file, path.extname(file)).toLowerCase().replace(/[^\w.-]+/g, '-').replace(/^-+|-+$/g, '') || 'archive';
  lines.forEach((raw, i) => {
    if (!raw.trim()) return; // blank lines (a trailing newline) are not articles
    const r = parseLine(file, i + 1, raw, idBase);
    if ('problem' in r) out.problems.push(r.problem);
    else {
      out.files.push(r.file);
      out.entries.push(r.entry);
    }
  });
  return out;
}
