import { constants } from 'node:fs';
import { mkdir, mkdtemp, open, rename, rm, stat, type FileHandle } from 'node:fs/promises';
import path from 'node:path';
import { setImmediate as yieldToLoop } from 'node:timers/promises';

/**
 * The persisted index is JSON lines: a header, then each section's fields, big arrays and
 * records cut into chunks. One JSON.stringify of a 100,000-article index would pass V8's string
 * limit, and one JSON.parse would block the event loop for seconds; chunks do neither. A binary
 * field is one line `[section, field, "r", byteLength]` followed by exactly that many raw bytes
 * and a newline: read straight into a buffer of its own (so typed arrays can view it in place),
 * with no base64 to decode.
 */

/** Elements (or record entries) per line: a line parses in a few milliseconds. */
export const CHUNK = 5000;

/** A line after the header: section, field, and how to merge the data ('a' append, 'o' assign, 'v' value, 'r' raw bytes, whose length it holds). */
type Line = [section: string, field: string, kind: 'a' | 'o' | 'v' | 'r', data: unknown];

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** A section's fields: arrays, typed arrays and plain values. */
type Section = Record<string, unknown>;

/** Every line a section's fields become, with the raw bytes that follow a binary field's line. */
function* sectionLines(section: string, value: Section): Generator<{ line: Line; raw?: Uint8Array }> {
  for (const [field, v] of Object.entries(value)) {
    if (v instanceof Uint8Array) {
      yield { line: [section, field, 'r', v.byteLength], raw: v };
    } else if (Array.isArray(v)) {
      if (v.length === 0) yield { line: [section, field, 'a', []] };
      for (let i = 0; i < v.length; i += CHUNK) yield { line: [section, field, 'a', v.slice(i, i + CHUNK)] };
    } else if (isRecord(v) && Object.keys(v).length > CHUNK) {
      const keys = Object.keys(v);
      for (let i = 0; i < keys.length; i += CHUNK) yield { line: [section, field, 'o', Object.fromEntries(keys.slice(i, i + CHUNK).map((k) => [k, v[k]]))] };
    } else {
      yield { line: [section, field, 'v', v] };
    }
  }
}

/** The byte length a binary field's line announces; null for any other line. */
export function rawLength(text: string): number | null {
  // Only a short line ending in a number can be one; anything else is not parsed here.
  if (text.length > 1024 || !/\d\]$/.test(text)) return null;
  const line = JSON.parse(text) as unknown;
  return Array.isArray(line) && line.length === 4 && line[2] === 'r' && Number.isSafeInteger(line[3]) && (line[3] as number) >= 0 ? (line[3] as number) : null;
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

/** Gathers what writeLines writes into large writes: text lines and raw bytes, in order. */
class Writer {
  private parts: Buffer[] = [];
  private size = 0;
  constructor(private readonly handle: FileHandle) {}
  async text(s: string): Promise<void> {
    await this.bytes(Buffer.from(`${s}\n`));
  }
  async bytes(b: Uint8Array): Promise<void> {
    // A large field is written from where it lies rather than copied into the buffer first.
    if (b.byteLength >= WRITE_BUFFER) {
      await this.flush();
      await this.handle.write(b);
      return;
    }
    this.parts.push(Buffer.from(b.buffer, b.byteOffset, b.byteLength));
    this.size += b.byteLength;
    if (this.size >= WRITE_BUFFER) await this.flush();
  }
  async flush(): Promise<void> {
    if (this.parts.length) await this.handle.write(Buffer.concat(this.parts, this.size));
    this.parts = [];
    this.size = 0;
  }
}

const NEWLINE = Buffer.from('\n');

/**
 * Writes a header line and sections to `file`: into a new file (created exclusively, never
 * through a symbolic link) in a private folder, then renamed into place, so a reader never sees
 * half an index and nothing else is ever written. Yields to the event loop between lines; an
 * aborted `signal` stops the write and leaves nothing behind. A section given as a function is
 * built when its turn comes and dropped once written.
 */
export async function writeLines(file: string, header: object, sections: Record<string, Section | (() => Section)>, onLine?: (n: number) => void, signal?: AbortSignal): Promise<number> {
  signal?.throwIfAborted();
  const dir = await privateDirBeside(file);
  try {
    const tmp = path.join(dir, 'index.json');
    const handle = await open(tmp, constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL | constants.O_NOFOLLOW, 0o600);
    try {
      const w = new Writer(handle);
      let n = 0;
      await w.text(JSON.stringify(header));
      for (const [name, value] of Object.entries(sections)) {
        for (const { line, raw } of sectionLines(name, typeof value === 'function' ? value() : value)) {
          await w.text(JSON.stringify(line));
          if (raw) await w.bytes(raw).then(() => w.bytes(NEWLINE));
          onLine?.(++n);
          if (n % 8 === 0) {
            await yieldToLoop();
            signal?.throwIfAborted();
          }
        }
      }
      await w.flush();
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
  const handle = await open(file, 'r').catch(() => null);
  if (!handle) return null;
  try {
    // Read in large pieces and split on the newline byte: the header lists every article file
    // (about 700 KB at 10,000 articles), which a line reader decoding in 64 KB pieces made slow.
    const pieces: Buffer[] = [];
    for (;;) {
      const b = Buffer.allocUnsafe(HEADER_READ);
      const { bytesRead } = await handle.read(b, 0, b.length, null);
      const nl = b.subarray(0, bytesRead).indexOf(10);
      pieces.push(b.subarray(0, nl === -1 ? bytesRead : nl));
      if (nl !== -1 || bytesRead === 0) break;
    }
    return JSON.parse(Buffer.concat(pieces).toString('utf8')) as unknown;
  } catch {
    return null;
  } finally {
    await handle.close();
  }
}

/** Bytes read at a time while looking for the end of the header line. */
const HEADER_READ = 1 << 20;

/** Bytes read from the file at a time. */
const READ_BLOCK = 8 * 1024 * 1024;

/** Sequential reads of a file: lines split on newline bytes, and raw stretches read into buffers of their own. */
class Reader {
  private block = Buffer.alloc(0);
  private at = 0;
  /** Bytes consumed so far. */
  done = 0;
  constructor(private readonly handle: FileHandle) {}
  private async fill(): Promise<boolean> {
    const b = Buffer.allocUnsafe(READ_BLOCK);
    const { bytesRead } = await this.handle.read(b, 0, b.length, null);
    this.block = b.subarray(0, bytesRead);
    this.at = 0;
    return bytesRead > 0;
  }
  /** The next line as text (without its newline); null at the end of the file. */
  async line(): Promise<string | null> {
    const pending: Buffer[] = [];
    for (;;) {
      const nl = this.block.indexOf(10, this.at);
      if (nl !== -1) {
        const piece = this.block.subarray(this.at, nl);
        this.at = nl + 1;
        const line = pending.length ? Buffer.concat([...pending, piece]) : piece;
        this.done += line.length + 1;
        return line.toString('utf8');
      }
      if (this.at < this.block.length) pending.push(Buffer.from(this.block.subarray(this.at)));
      if (!(await this.fill())) {
        if (!pending.length) return null;
        const line = Buffer.concat(pending);
        this.done += line.length;
        return line.toString('utf8');
      }
    }
  }
  /** The next `n` bytes and the newline after them, into a fresh buffer (aligned for any typed array); throws when the file ends first. */
  async raw(n: number): Promise<Uint8Array<ArrayBuffer>> {
    // Not zero-filled first (about 15 ms for the 150 MB of a 10,000-article index): every byte is read into it.
    const out = new Uint8Array(Buffer.allocUnsafeSlow(n).buffer, 0, n);
    let got = Math.min(n, this.block.length - this.at);
    out.set(this.block.subarray(this.at, this.at + got));
    this.at += got;
    // The rest of a large field is read straight into its buffer, not through blocks.
    while (got < n) {
      const { bytesRead } = await this.handle.read(out, got, n - got, null);
      if (bytesRead === 0) throw new Error('a binary field is cut short');
      got += bytesRead;
    }
    if (this.at >= this.block.length && !(await this.fill())) throw new Error('a binary field is cut short');
    if (this.block[this.at] !== 10) throw new Error('a binary field does not end where its line says');
    this.at++;
    this.done += n + 1;
    return out;
  }
}

/** Sections as they are read back: section → field → value. */
export type Sections = Record<string, Record<string, unknown>>;

/** An empty set of sections (no prototype: a section or field name is never an inherited key). */
export const noSections = (): Sections => Object.create(null) as Sections;

/** Merges one line (not the header) into `sections`; a binary field's line comes with the bytes that followed it. */
export function mergeLine(sections: Sections, text: string, raw?: Uint8Array): void {
  const [section, field, kind, data] = JSON.parse(text) as Line;
  const into = (sections[section] ??= Object.create(null) as Record<string, unknown>);
  if (kind === 'r') {
    if (!raw) throw new Error(`the binary field ${section}.${field} has no bytes`);
    into[field] = raw;
  } else if (kind === 'a') {
    const list = (into[field] ??= []) as unknown[];
    for (const x of data as unknown[]) list.push(x);
  } else if (kind === 'o') {
    Object.assign((into[field] ??= Object.create(null) as object) as object, data);
  } else {
    into[field] = data;
  }
}

/** How every line of a section (or of one field of it) begins in the file. */
export function linePrefix(section: string, field?: string): string {
  return `[${JSON.stringify(section)},${field === undefined ? '' : `${JSON.stringify(field)},`}`;
}

/** How readSections reads: where to stop, and which lines to keep unparsed. */
export interface ReadOptions {
  /** A section at which reading stops (the rest is not even read). */
  stopAt?: string;
  /** Line prefix (linePrefix) → the lines beginning so, not parsed but kept in order for mergeLine later (never binary fields). */
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
  const handle = await open(file, 'r');
  try {
    const r = new Reader(handle);
    if ((await r.line()) === null) return sections;
    for (let text = await r.line(); text !== null; text = await r.line()) {
      if (!text) continue;
      if (stop !== null && text.startsWith(stop)) break;
      const n = rawLength(text);
      const keep = n === null ? deferred.find(([p]) => text!.startsWith(p)) : undefined;
      if (keep) keep[1].push(text);
      else mergeLine(sections, text, n === null ? undefined : await r.raw(n));
      onLine?.(r.done);
      await yieldToLoop();
    }
  } finally {
    await handle.close();
  }
  return sections;
}
