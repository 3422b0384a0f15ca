import { DISCORD_LIMITS as L, TEXT_FRAGMENT } from './limits.js';

/**
 * Deep links to a quoted sentence with a URL Fragment Text Directive (`#:~:text=start,end`),
 * which browsers that support it scroll to and highlight; others simply open the page.
 */

/**
 * Percent-encodes one text directive term. encodeURIComponent already encodes '&' and ',' (the
 * directive's separators) and everything outside the unreserved set; '-' must be encoded by hand
 * because the directive uses it to mark a prefix- or -suffix, and `!'()*~` are encoded too
 * (always allowed) so that no sentence can close a markdown link or open Discord formatting.
 * Returns null for text that is not well-formed Unicode (a lone surrogate cannot be encoded).
 */
export function encodeTextDirective(term: string): string | null {
  try {
    return encodeURIComponent(term).replace(/[-!'()*~]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  } catch {
    return null;
  }
}

/** The words of a sentence with punctuation and quote marks trimmed from its two ends. */
function words(text: string): string[] {
  const trimmed = text.replace(/\s+/g, ' ').replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
  return trimmed ? trimmed.split(' ') : [];
}

/**
 * A term must start and end on a letter or digit: browsers match terms on word boundaries, and
 * a page's quote marks or dashes are often not the characters the article file holds.
 */
function edgeTrim(term: string): string {
  return term.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
}

/**
 * The text directive value for a sentence: the whole text when it has at most
 * TEXT_FRAGMENT.wholeWords words, else its first and last TEXT_FRAGMENT.edgeWords words as
 * textStart,textEnd. Null when it has no words or cannot be encoded.
 */
export function textDirective(text: string): string | null {
  const w = words(text);
  if (w.length === 0) return null;
  const terms = w.length <= TEXT_FRAGMENT.wholeWords ? [w.join(' ')] : [w.slice(0, TEXT_FRAGMENT.edgeWords).join(' '), w.slice(-TEXT_FRAGMENT.edgeWords).join(' ')];
  const encoded = terms.map(edgeTrim).map((t) => (t ? encodeTextDirective(t) : null));
  return encoded.every((e) => e) ? encoded.join(',') : null;
}

/**
 * The citation link for `text` quoted from `url`: the URL with a text fragment pointing at the
 * sentence, or the plain URL when the URL already has a fragment (a page anchor we must not
 * replace), is not http(s), or the sentence cannot be encoded within the length limits.
 * Null exactly when url is null.
 */
export function sentenceLink(url: string | null, text: string): string | null {
  if (!url) return null;
  if (url.includes('#') || !/^https?:\/\//i.test(url)) return url;
  const directive = textDirective(text);
  if (!directive || directive.length > TEXT_FRAGMENT.maxDirective) return url;
  const linked = `${url}#:~:text=${directive}`;
  return linked.length <= L.buttonUrl ? linked : url;
}
