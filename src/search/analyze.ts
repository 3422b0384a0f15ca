import { stemmer } from 'stemmer';
import { foldWord } from '../text/fold.js';
import { canonicalNumber, isNumberWord, MONTHS, parseNumberWords } from './numbers.js';
import { IRREGULAR_VERBS, OBJECT_PRONOUN_CONTEXT, QUESTION_WORDS, STOP_WORDS } from './stopwords.js';

/** An analysed word: its search term and where it stands in the text it came from. */
export interface Token {
  term: string;
  /** The folded word before stemming: what a misspelt name is best compared on. */
  word: string;
  start: number;
  end: number;
}

/** 'index' analyses article text; 'query' also drops the words that only frame a question. */
export type AnalyzeMode = 'index' | 'query';

// Dotted acronyms (U.S.), numbers with an optional ordinal suffix (10,000 / 1.5 / 47th), words with
// inner apostrophes (council's), and '%'.
const WORD = /(?:\p{L}\.){2,}|\p{N}+(?:[.,]\p{N}+)*(?:st|nd|rd|th)?(?![\p{L}\p{N}])|[\p{L}\p{M}\p{N}]+(?:['’]\p{L}+)*|%/gu;

interface RawWord {
  word: string;
  start: number;
  end: number;
  acronym: boolean;
  number: boolean;
  /** What the word as written always folds to, when `word` is that (not a month read from context). */
  form?: WordForm;
}

/** What a word as written folds to, whatever surrounds it, and its terms once worked out. */
interface WordForm {
  word: string;
  acronym: boolean;
  number: boolean;
  /** The month it abbreviates, if written as one ('Nov.', 'Nov 1'): decided by the text after it. */
  month: string | undefined;
  terms: { index?: string | null; query?: string | null };
}

// A corpus writes the same few tens of thousands of words over and over: fold each once (the
// Unicode tests and replacements were most of analysing a passage). Bounded like the stems.
const FORM_CACHE_MAX = 200_000;
const wordForms = new Map<string, WordForm>();

function formOf(raw: string): WordForm {
  let f = wordForms.get(raw);
  if (f) return f;
  if (raw === '%') f = { word: 'percent', acronym: false, number: false, month: undefined, terms: {} };
  else if (/^\p{N}/u.test(raw)) f = { word: canonicalNumber(raw.replace(/(st|nd|rd|th)$/, '')), acronym: false, number: true, month: undefined, terms: {} };
  else {
    const dotted = raw.includes('.');
    // An all-capitals word of 2-5 letters is an acronym (UN, EU, WHO): never a stop word.
    const acronym = dotted || (raw.length >= 2 && raw.length <= 5 && /^\p{Lu}+$/u.test(raw));
    const word = foldWord(raw).replace(/\./g, '').replace(/'s$|'$/, '');
    f = { word, acronym, number: false, month: /^\p{Lu}/u.test(raw) ? MONTHS[word] : undefined, terms: {} };
  }
  if (wordForms.size >= FORM_CACHE_MAX) wordForms.clear();
  wordForms.set(raw, f);
  return f;
}

function rawWords(text: string): RawWord[] {
  const out: RawWord[] = [];
  for (const m of text.matchAll(WORD)) {
    const raw = m[0];
    const start = m.index;
    const end = start + raw.length;
    const f = formOf(raw);
    // A month abbreviation is one when written as such: 'Nov.' or 'Nov 1', not 'nov' alone.
    if (f.month && (text[end] === '.' || /^\s*\d/.test(text.slice(end, end + 3)))) {
      out.push({ word: f.month, start, end, acronym: f.acronym, number: false });
    } else out.push({ word: f.word, start, end, acronym: f.acronym, number: f.number, form: f });
  }
  return out;
}

/** Joins spelled-out numbers and 'per cent' into the forms digits take. */
function foldNumbers(words: RawWord[]): RawWord[] {
  const out: RawWord[] = [];
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    if (!w.acronym && isNumberWord(w.word)) {
      let j = i;
      const run: string[] = [];
      while (j < words.length && (isNumberWord(words[j]!.word) || (words[j]!.word === 'and' && run.length > 0 && j + 1 < words.length && isNumberWord(words[j + 1]!.word)))) {
        run.push(words[j]!.word);
        j++;
      }
      const n = parseNumberWords(run);
      if (n !== null) {
        out.push({ word: String(n), start: w.start, end: words[j - 1]!.end, acronym: false, number: true });
        i = j - 1;
        continue;
      }
    }
    const next = words[i + 1];
    if (w.word === 'per' && next?.word === 'cent') {
      out.push({ word: 'percent', start: w.start, end: next.end, acronym: false, number: false });
      i++;
      continue;
    }
    out.push(w);
  }
  return out;
}

// Stemming dominates analysis time and a corpus repeats the same few thousand words: remember them.
const STEM_CACHE_MAX = 200_000;
const stems = new Map<string, string>();

function stem(word: string): string {
  let s = stems.get(word);
  if (s === undefined) {
    s = stemmer(IRREGULAR_VERBS[word] ?? word);
    if (stems.size >= STEM_CACHE_MAX) stems.clear();
    stems.set(word, s);
  }
  return s;
}

/** Turns one folded word into its search term: stop words vanish, other words are stemmed. */
function termOf(w: RawWord, mode: AnalyzeMode): string | null {
  if (w.number || w.acronym) return w.word;
  if (STOP_WORDS.has(w.word)) return null;
  if (mode === 'query' && QUESTION_WORDS.has(w.word)) return null;
  if (w.word.length === 1) return null;
  if (/\p{N}/u.test(w.word)) return w.word;
  return stem(w.word);
}

/** termOf for a word as written, remembered on its form. */
function termOfForm(w: RawWord, f: WordForm, mode: AnalyzeMode): string | null {
  let t = f.terms[mode];
  if (t === undefined) f.terms[mode] = t = termOf(w, mode);
  return t;
}

/**
 * Splits text into search terms with their offsets. The one pipeline for index and query: case,
 * accent and curly-quote folding, stop words, number and unit forms, month abbreviations and a
 * Porter stem — so whatever way a user phrases a word, it meets the article's. With `caselessUs`
 * (questions, WordNet's words) a lower-case 'us' no verb or preposition takes is the country, as
 * the articles' 'US' is.
 */
export function analyzeTokens(text: string, mode: AnalyzeMode = 'index', opts: { caselessUs?: boolean } = {}): Token[] {
  const tokens: Token[] = [];
  const words = foldNumbers(rawWords(mode === 'query' ? stripQuestionFrame(text) : text));
  words.forEach((w, n) => {
    const term = w.form ? termOfForm(w, w.form, mode) : termOf(w, mode);
    if (term) tokens.push({ term, word: w.word, start: w.start, end: w.end });
    else if (opts.caselessUs && isCountryUs(w, words[n - 1])) tokens.push({ term: 'us', word: 'us', start: w.start, end: w.end });
  });
  return tokens;
}

/** A question's lower-case 'us' that is the country ('us jobless rate', 'in the us'): not after a verb or preposition taking the pronoun ('tell us'). */
function isCountryUs(w: RawWord, before: RawWord | undefined): boolean {
  return w.word === 'us' && !w.acronym && (before === undefined || !OBJECT_PRONOUN_CONTEXT.has(before.word));
}

/** The search terms of a text, in order (duplicates kept). */
export function analyze(text: string, mode: AnalyzeMode = 'index', opts: { caselessUs?: boolean } = {}): string[] {
  return analyzeTokens(text, mode, opts).map((t) => t.term);
}

/**
 * Blanks the words that only say what kind of answer is wanted — 'how long', 'what date', 'which
 * year' — so they are not searched for as content. Blanked with spaces, keeping offsets.
 */
function stripQuestionFrame(question: string): string {
  return question.replace(
    /\b(how (long|far|big|large|high|old|often|soon|close)|how much (money|time)|(what|which) (date|day|time|year|month|percentage)|on what date|at what time|number)\b/gi,
    (m) => ' '.repeat(m.length),
  );
}
