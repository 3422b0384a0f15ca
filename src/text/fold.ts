/** Folds case, accents and curly apostrophes: 'Council’s' and "council's" are one word. */
export function fold(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/[’‘`´]/g, "'")
    .toLowerCase();
}

// Letters, digits, apostrophes, dots and hyphens of plain ASCII: folding them is only lower-casing.
const PLAIN_WORD = /^[A-Za-z0-9'.-]*$/;

/** fold() for one word, with a fast path for plain ASCII words (most of them): this runs once per word of the corpus. */
export function foldWord(word: string): string {
  return PLAIN_WORD.test(word) ? word.toLowerCase() : fold(word);
}

const QUOTE_MARKS = /["“”„«»‘’'`´‹›]/gu;

/**
 * Text with quotation marks and apostrophes dropped and every run of spaces and line breaks made
 * one space: how a quotation is compared with the article that prints it, since a quotation that
 * runs over paragraphs reopens with a mark in each and curly and straight marks are the same.
 */
export function foldQuoteMarks(text: string): string {
  return text.replace(QUOTE_MARKS, '').replace(/\s+/gu, ' ').trim();
}

/** Does the article print these words, verbatim after folding quote marks and spacing? */
export function printsWords(articleText: string, words: string): boolean {
  const w = foldQuoteMarks(words);
  return w.length > 0 && foldQuoteMarks(articleText).includes(w);
}
