/**
 * Speakers typed by what they are rather than by name: a post the articles give people ('the
 * prime minister') and a party's nickname ('Tories'), for /quote and "what did X say".
 */
import { PARTY_BODIES } from '../text/lexicon.js';
import { nameWords } from './util.js';
import type { QuoteIndex, Speaker } from './types.js';

/** People whose title, as the articles give it, is the whole query ('the Prime Minister' is Tony Blair's). */
export function postHolders(qi: QuoteIndex, query: string): string[] {
  const post = nameWords(query).filter((w, n) => n > 0 || w !== 'the').join(' ');
  return post ? (postTableOf(qi).get(post) ?? []) : [];
}

/** Each person's folded title → the people holding it, made once per registry: a lookup walks no list. */
const postTables = new WeakMap<readonly Speaker[], Map<string, string[]>>();
function postTableOf(qi: QuoteIndex): Map<string, string[]> {
  let table = postTables.get(qi.speakers);
  if (table) return table;
  table = new Map();
  for (const s of qi.speakers) {
    if (s.kind !== 'person' || s.description === null) continue;
    const key = nameWords(s.description).join(' ');
    const list = table.get(key);
    if (list) list.push(s.id);
    else table.set(key, [s.id]);
  }
  postTables.set(qi.speakers, table);
  return table;
}

/** The party a query names by its nickname or adjective, in the plural too ('Tories', 'Lib Dems'), as the registry's ids. */
export function partyIds(qi: QuoteIndex, words: readonly string[]): string[] {
  const singular = words.map((w) => w.replace(/ies$/, 'y').replace(/s$/, '')).join(' ');
  const body = PARTY_BODIES.get(words.join(' ')) ?? PARTY_BODIES.get(singular);
  return body && Object.hasOwn(qi.names, body) ? qi.names[body]! : [];
}
