import type { ArticleDoc } from './extract.js';
import { isNameWord, spanOfWords } from './names.js';
import type { PeopleIndex } from './registry.js';
import {
  FUNCTION_WORDS,
  PERSON_PRONOUNS,
  TITLE_HEADS,
  TITLE_MODIFIERS,
} from '../text/lexicon.js';
/** A reference to a person in the text: by name, by title ('the senator'), or by pronoun. */
export interface Mention {
  kind: 'name' | 'nominal' | 'pronoun';
  /** Resolved person, null when the reference is ambiguous or unresolvable (pronouns resolve later). */
  personId: string | null;
  p: number;
  /** Token range [i, j) in passage p. */
  i: number;
  j: number;
  sent: number;
  inQuote: boolean;
}

/**
 * Finds every reference to a person in an article, in reading order: full names, lone surnames
 * (resolved to the person of that name in this article, else the only one in the corpus), nominal
 * references ('the senator', resolved to the latest named person holding that title) and he/she.
 */
export function findMentions(doc: ArticleDoc, idx: PeopleIndex): Mention[] {
  const names: Mention[] = [];
  /** Nominal reference → the title words its person must hold ('the club president' → president). */
  const needs = new Map<Mention, string[]>();
  const taken = doc.passages.map((pd) => new Array<boolean>(pd.toks.length).fill(false));
  doc.passages.forEach((pd, p) => {
    const toks = pd.toks;
    for (let k = 0; k < toks.length; k++) {
      const t = toks[k]!;
      if (!t.word || !t.cap) continue;
      for (const v of idx.variants.get(t.low) ?? []) {
        const end = spanOfWords(toks, k, v.low.length);
        if (end < 0) continue;
        const ws = toks.slice(k, end).filter((x) => x.word);
        if (!ws.every((x, m) => x.low === v.low[m] && (m === ws.length - 1 || !x.poss))) continue;
        names.push({ kind: 'name', personId: v.personId, p, i: k, j: end, sent: t.sent, inQuote: t.q >= 0 && t.mark === null });
        for (let m = k; m < end; m++) taken[p]![m] = true;
        k = end - 1;
        break;
      }
    }
  });
  const local = new Set(names.map((m) => m.personId!));
  const out: Mention[] = [...names];
  doc.passages.forEach((pd, p) => {
    const toks = pd.toks;
    for (let k = 0; k < toks.length; k++) {
      const t = toks[k]!;
      if (!t.word || taken[p]![k]) continue;
      const inQuote = t.q >= 0 && t.mark === null;
      if (t.cap && !t.acronym && !FUNCTION_WORDS.has(t.low) && idx.words.has(t.low)) {
        const ids = [...idx.words.get(t.low)!];
        const inArticle = ids.filter((id) => local.has(id));
        // Two people of this name in the article: the one already named by now, if only one is.
        const here = inArticle.length > 1 ? inArticle.filter((id) => names.some((m) => m.personId === id && (m.p < p || (m.p === p && m.i < k)))) : inArticle;
        const personId = here.length === 1 ? here[0]! : inArticle.length === 0 && ids.length === 1 ? ids[0]! : null;
        out.push({ kind: 'name', personId, p, i: k, j: k + 1, sent: t.sent, inQuote });
        continue;
      }
      if (PERSON_PRONOUNS.has(t.low) && !isNameWord(toks[k + 1])) {
        out.push({ kind: 'pronoun', personId: null, p, i: k, j: k + 1, sent: t.sent, inQuote });
        continue;
      }
      if (t.low === 'the') {
        // 'the senator', 'the chief executive', 'the club president' — not followed by a name.
        let h = k + 1;
        const need: string[] = [];
        let lastHead = -1;
        while (h < toks.length && h <= k + 4 && toks[h]!.word && !toks[h]!.poss && (TITLE_HEADS.has(toks[h]!.low) || TITLE_MODIFIERS.has(toks[h]!.low) || toks[h]!.acronym)) {
          if (TITLE_HEADS.has(toks[h]!.low)) lastHead = h;
          if (TITLE_HEADS.has(toks[h]!.low) || toks[h]!.acronym) need.push(toks[h]!.low);
          h++;
        }
        if (lastHead === h - 1 && !isNameWord(toks[h]) && toks[h]?.text !== ',') {
          const m: Mention = { kind: 'nominal', personId: null, p, i: k, j: h, sent: t.sent, inQuote };
          needs.set(m, need);
          out.push(m);
          k = h - 1;
        }
      }
    }
  });
  out.sort((a, b) => a.p - b.p || a.i - b.i);
  // Nominal references go to the most recent named person whose titles hold every word of the reference.
  for (let n = 0; n < out.length; n++) {
    const m = out[n]!;
    const need = needs.get(m);
    if (!need) continue;
    for (let b = n - 1; b >= 0; b--) {
      const prev = out[b]!;
      if (prev.kind !== 'name' || prev.personId === null) continue;
      const person = idx.byId.get(prev.personId);
      if (person && need.every((w) => person.titleWords.has(w))) {
        m.personId = person.id;
        break;
      }
    }
  }
  return out;
}
