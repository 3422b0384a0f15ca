import type { ArticleDoc, Tok } from './extract.js';
import type { Mention } from './mentions.js';

/** What a clause says about who spoke: a person, nobody found yet, or someone we must not name. */
export type Who = { kind: 'person'; id: string } | { kind: 'none' } | { kind: 'blocked' };

/** Words that make the quotation that follows a noun phrase of the reporter's ('a "historic step"'). */
export const ARTICLES = new Set(['a', 'an', 'the', 'his', 'her', 'their', 'its', 'our', 'my', 'your', 'this', 'these', 'those']);

export const NONE: Who = { kind: 'none' };
export const BLOCKED: Who = { kind: 'blocked' };

export interface Ctx {
  doc: ArticleDoc;
  mentions: Mention[];
  /** Per passage, token index → index into `mentions`, -1 where no mention. */
  at: Int32Array[];
  /** Per sentence number, where it lies: passage p, tokens [i, j). */
  sentences: { p: number; i: number; j: number }[];
}

/** Where each sentence of the article lies (a sentence never crosses a passage). */
export function sentenceSpans(doc: ArticleDoc): Ctx['sentences'] {
  const out: Ctx['sentences'] = [];
  doc.passages.forEach((pd, p) => {
    pd.toks.forEach((t, k) => {
      const span = out[t.sent];
      if (span) span.j = k + 1;
      else out[t.sent] = { p, i: k, j: k + 1 };
    });
  });
  return out;
}

export const toksOf = (c: Ctx, p: number): Tok[] => c.doc.passages[p]!.toks;

export function mentionAt(c: Ctx, p: number, k: number): Mention | null {
  const n = c.at[p]![k] ?? -1;
  return n < 0 ? null : c.mentions[n]!;
}

