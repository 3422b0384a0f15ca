import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';

/** The repository's root: eval sets and corpora are named relative to it, wherever the command runs. */
export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');

/** Where each named corpus of the eval sets lives, relative to the repository. */
export const EVAL_CORPORA: Readonly<Record<string, string>> = {
  seeds: 'seeds',
  bbc: '../shared/corpora/bbc',
};

const AskSetSchema = z.object({
  corpus: z.string(),
  answerable: z.array(
    z.object({
      q: z.string().min(1),
      /** Answer phrases copied from the article; a snippet answers when it holds any of them. */
      gold: z.array(z.string().min(1)).min(1),
      article: z.string(),
      type: z.string().optional(),
    }),
  ),
  unanswerable: z.array(z.object({ q: z.string().min(1), why: z.string().optional() })),
});

/** A blind question set: answerable questions with their answer phrases, and questions the corpus cannot answer. */
export type AskSet = z.infer<typeof AskSetSchema>;
export type Split = 'dev' | 'test';

/** The file of a question set: `test/eval/<name>-ask.<split>.json`. */
export function askSetFile(name: string, split: Split): string {
  return path.join(REPO_ROOT, 'test', 'eval', `${name}-ask.${split}.json`);
}

/** Reads and validates a question set; a malformed one fails naming the file and the field. */
export async function loadAskSet(file: string): Promise<AskSet> {
  const parsed = AskSetSchema.safeParse(JSON.parse(await readFile(file, 'utf8')));
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new Error(`${path.relative(REPO_ROOT, file)}: ${issue.path.join('.')}: ${issue.message}`);
  }
  return parsed.data;
}

/** The folder of a set's corpus, resolved against the repository root. */
export function corpusDirOf(set: AskSet): string {
  const rel = EVAL_CORPORA[set.corpus];
  if (!rel) throw new Error(`unknown eval corpus "${set.corpus}"; known: ${Object.keys(EVAL_CORPORA).join(', ')}`);
  return path.resolve(REPO_ROOT, rel);
}

/** Folds what typing and typesetting vary (case, accents, quote marks, dashes, spacing), for comparing phrases. */
export function foldPhrase(s: string): string {
  return s
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/[’‘`´]/g, "'")
    .replace(/[“”]/g, '"')
    .replace(/[‐-―]/g, '-')
    .replace(/\s+/g, ' ')
    .toLowerCase()
    .trim();
}

/** True when a text holds one of the answer phrases. */
export function holdsGold(text: string, gold: readonly string[]): boolean {
  const t = foldPhrase(text);
  return gold.some((g) => t.includes(foldPhrase(g)));
}
