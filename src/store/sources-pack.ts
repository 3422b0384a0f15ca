import { createHash } from 'node:crypto';
import { z } from 'zod';
import type { FileDigest } from './fingerprint.js';

/**
 * The persisted index's last section: the article files as they were indexed, end to end in one
 * binary field, with their names and sizes. A later start takes from it exactly what a changed or
 * removed file contributed (reopenWithChanges), and a start that trusts the files by size and
 * modification time (src/store/trusted.ts) reads every article's bytes from it: one read of one
 * file instead of one per article. An ordinary load stops before it.
 */

/** The section's name. */
export const SOURCES = 'sources';

/** The section for the fingerprinted files that could be read, in their order. */
export function packSources(files: readonly FileDigest[]): Record<string, unknown> {
  const held = files.filter((f) => f.bytes !== null);
  return { names: held.map((f) => f.file), sizes: held.map((f) => f.bytes!.byteLength), bytes: Buffer.concat(held.map((f) => f.bytes!)) };
}

const SourcesSchema = z.object({
  names: z.array(z.string()),
  sizes: z.array(z.number().int().nonnegative()),
  bytes: z.instanceof(Uint8Array),
});

/** Every held file's bytes by name, as views into the section's one buffer; throws when the section does not add up. */
export function unpackSources(section: unknown): Map<string, Uint8Array> {
  const s = SourcesSchema.parse(section);
  if (s.names.length !== s.sizes.length) throw new Error('its copy of the article files does not add up');
  const out = new Map<string, Uint8Array>();
  let at = 0;
  s.names.forEach((name, i) => {
    out.set(name, s.bytes.subarray(at, at + s.sizes[i]!));
    at += s.sizes[i]!;
  });
  if (at !== s.bytes.byteLength) throw new Error('its copy of the article files does not add up');
  return out;
}

/** A file's bytes as they were indexed, checked against its hash in the header; null when the copy lacks it. */
export function indexedBytes(held: ReadonlyMap<string, Uint8Array>, name: string, sha1: string | undefined): Uint8Array | null {
  const bytes = held.get(name);
  if (bytes === undefined) return null;
  if (createHash('sha1').update(bytes).digest('hex') !== sha1) throw new Error(`its copy of ${name} is damaged`);
  return bytes;
}
