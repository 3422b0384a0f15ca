import { constants, createReadStream } from 'node:fs';
import { mkdir, mkdtemp, open, rename, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { setImmediate as yieldToLoop } from 'node:timers/promises';

/**
 * The persisted index is JSON lines: a header, then each section's fields, big arrays and
 * records cut into chunks. One JSON.stringify of a 100,000-article index would pass V8's string
 * limit, and one JSON.parse would block the event loop for seconds; chunks do neither.
 */

/** Elements (or record entries) per line: a line parses in a few milliseconds. */
export const CHUNK = 5000;

/** Bytes per line of a binary field (base64 in the file). */
export const BYTES_CHUNK = 3 * 1024 * 1024;

/** A line after the header: section, field, and how to merge the data ('a' append, 'o' assign, 'v' value, 'b' bytes). */
type Line = [section: string, field: string, kind: 'a' | 'o' | 'v' | 'b', data: unknown];

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Every line a section's fields become. */
function* sectionLines(section: string, value: Record<string, unknown>): Generator<Line> {
  for (const [field, v] of Object.entries(value)) {
    if (v instanceof Uint8Array) {
      if (v.length === 0) yield [section, field, 'b', ''];
      for (let i = 0; i < v.length; i += BYTES_CHUNK) yield [section, field, 'b', Buffer.from(v.buffer, v.byteOffset + i, Math.min(BYTES_CHUNK, v.length - i)).toString('base64')];
    } else if (Array.isArray(v)) {
      if (v.length === 0) yield [section, field, 'a', []];
      for (let i = 0; i < v.length; i += CHUNK) yield [section, field, 'a', v.slice(i, i + CHUNK)];
    } else if (isRecord(v) && Object.keys(v).length > CHUNK) {
      const keys = Object.keys(v);
      for (let i = 0; i < keys.length; i += CHUNK) yield [section, field, 'o', Object.fromEntries(keys.slice(i, i + CHUNK).map((k) => [k, v[k]]))];
    } else {
      yield [section, field, 'v', v];
    }
  }
}

/** Bytes gathered before one write to the file. */
const WRITE_BUFFER = 1 << 20;

/** Prefix of the private folders a write goes through; the watcher and cleanup know them by it. */
export const TEMP_PREFIX = '.newsdesk-tmp-';

/**
 * A fresh private folder next to `file` (mkdtemp: a random name, mode 0700), so nothing can be
 * planted where the temporary file will be, and the final rename stays on one file system.
 * The folder `file` goes in is created when missing.
 */
export async function privateDirBeside(file: string): Promise<string> {
  await mkdir(path.dirname(file), { recursive: true, mode: 0o700 });
  return mkdtemp(path.join(path.dirname(file), TEMP_PREFIX));
}

/**
 * Writes a header line and sections to `file`: into a new file (created exclusively, never
 * through a symbolic link) in a private folder, then renamed into place, so a reader never sees
 * half an index and nothing else is ever written. Yields to the event loop between lines; an
 * aborted `signal` stops the write and leaves nothing behind.
 */
export async function writeLines(file: string, header: object, sections: Record<string, Record<string, unknown>>, onLine?: (n: number) => void, signal?: AbortSignal): Promise<number> {
  signal?.throwIfAborted();
  const dir = await privateDirBeside(file);
  try {
    const tmp = path.join(dir, 'index.json');
    const handle = await open(tmp, constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL | constants.O_NOFOLLOW, 0o600);
    try {
      let buffer: string[] = [];
      let size = 0;
      const flush = async () => {
        if (buffer.length) await handle.write(buffer.join(''));
        buffer = [];
        size = 0;
      };
      const write = async (s: string) => {
        buffer.push(s, '\n');
        size += s.length + 1;
        if (size >= WRITE_BUFFER) await flush();
      };
      let n = 0;
      await write(JSON.stringify(header));
      for (const [name, value] of Object.entries(sections)) {
        for (const line of sectionLines(name, value)) {
          await write(JSON.stringify(line));
          onLine?.(++n);
          if (n % 8 === 0) {
            await yieldToLoop();
            signal?.throwIfAborted();
          }
        }
      }
      await flush();
    } finally {
      await handle.close();
    }
    signal?.throwIfAborted();
    await rename(tmp, file);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
  return (await stat(file)).size;
}

/** Reads only the header line; null when the file is missing or its first line is not JSON. */
export async function readHeaderLine(file: string): Promise<unknown> {
  const stream = createReadStream(file, { encoding: 'utf8', highWaterMark: 64 * 1024 });
  const rl = createInterface({ input: stream, crlfDelay: Infinity });
  try {
    for await (const line of rl) return JSON.parse(line) as unknown;
    return null;
  } catch {
    return null;
  } finally {
    rl.close();
    stream.destroy();
  }
}

/**
 * Yields the lines of a file as strings, reading it in large blocks and splitting on newline
 * bytes (faster than readline, whose per-character decoding dominated load time).
 */
async function* fileLines(file: string): AsyncGenerator<{ text: string; bytes: number }> {
  const handle = await open(file, 'r');
  try {
    let pending: Buffer[] = [];
    let bytes = 0;
    for (;;) {
      const block = Buffer.allocUnsafe(8 * 1024 * 1024);
      const { bytesRead } = await handle.read(block, 0, block.length, null);
      if (bytesRead === 0) break;
      const data = block.subarray(0, bytesRead);
      let from = 0;
      for (let nl = data.indexOf(10, from); nl !== -1; nl = data.indexOf(10, from)) {
        const piece = data.subarray(from, nl);
        const line = pending.length ? Buffer.concat([...pending, piece]) : piece;
        pending = [];
        bytes += line.length + 1;
        yield { text: line.toString('utf8'), bytes };
        from = nl + 1;
      }
      if (from < data.length) pending.push(Buffer.from(data.subarray(from)));
    }
    if (pending.length) {
      const line = Buffer.concat(pending);
      yield { text: line.toString('utf8'), bytes: bytes + line.length };
    }
  } finally {
    await handle.close();
  }
}

/** Sections as they are read back: section → field → value. */
export type Sections = Record<string, Record<string, unknown>>;

/** An empty set of sections (no prototype: a section or field name is never an inherited key). */
export const noSections = (): Sections => Object.create(null) as Sections;

/** Merges one line (not the header) into `sections`. */
export function mergeLine(sections: Sections, text: string): void {
  const [section, field, kind, data] = JSON.parse(text) as Line;
  const into = (sections[section] ??= Object.create(null) as Record<string, unknown>);
  if (kind === 'b') {
    ((into[field] ??= []) as Buffer[]).push(Buffer.from(data as string, 'base64'));
  } else if (kind === 'a') {
    const list = (into[field] ??= []) as unknown[];
    for (const x of data as unknown[]) list.push(x);
  } else if (kind === 'o') {
    Object.assign((into[field] ??= Object.create(null) as object) as object, data);
  } else {
    into[field] = data;
  }
}

/** Joins each binary field's pieces, once every line is merged. */
export function joinBinary(sections: Sections): Sections {
  for (const section of Object.values(sections)) {
    for (const [field, v] of Object.entries(section)) {
      if (Array.isArray(v) && v.length > 0 && v.every((x) => x instanceof Buffer)) section[field] = new Uint8Array(Buffer.concat(v as Buffer[]));
    }
  }
  return sections;
}

/** How every line of a section (or of one field of it) begins in the file. */
export function linePrefix(section: string, field?: string): string {
  return `[${JSON.stringify(section)},${field === undefined ? '' : `${JSON.stringify(field)},`}`;
}

/** How readSections reads: where to stop, and which lines to keep unparsed. */
export interface ReadOptions {
  /** A section at which reading stops (the rest is not even read). */
  stopAt?: string;
  /** Line prefix (linePrefix) → the lines beginning so, not parsed but kept in order for mergeLine later. */
  defer?: Map<string, string[]>;
}

/**
 * Reads the sections back, merging chunks, up to `stopAt`. Parses one line per event-loop turn,
 * so a server stays responsive while a large index loads.
 */
export async function readSections(file: string, onLine?: (bytes: number) => void, opts: ReadOptions = {}): Promise<Sections> {
  const sections = noSections();
  const deferred = [...(opts.defer ?? [])];
  const stop = opts.stopAt === undefined ? null : linePrefix(opts.stopAt);
  let first = true;
  for await (const { text, bytes } of fileLines(file)) {
    if (first) {
      first = false;
      continue;
    }
    if (!text) continue;
    if (stop !== null && text.startsWith(stop)) break;
    const keep = deferred.find(([p]) => text.startsWith(p));
    if (keep) keep[1].push(text);
    else mergeLine(sections, text);
    onLine?.(bytes);
    await yieldToLoop();
  }
  return joinBinary(sections);
}
