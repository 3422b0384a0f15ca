/**
 * Whom a lone name word stands for in an article ('Okafor', 'Mr Okafor'): the person of that name
 * named here, else the corpus's only or far most printed one, a courtesy title narrowing both.
 */
import { on } from './mechanisms.js';
import type { Mention } from './mentions.js';
import type { PeopleIndex } from './registry.js';
import { titleFits } from './courtesy-sex.js';

/** How many times more often one person of a surname must be printed than the rest for a lone surname to be theirs. */
const DOMINANCE = 10;

/** Courtesy titles printed before a surname only. */
const SURNAME_COURTESIES = new Set(['mr', 'mrs', 'ms', 'miss', 'dr']);

/**
 * A lone name word ('Okafor', 'Mr Okafor'): the person of that name already named in this
 * article (the one named by now, when two are), else the only person of that name in the corpus.
 */
export function loneName(idx: PeopleIndex, names: readonly Mention[], local: ReadonlySet<string>, word: string, p: number, k: number, courtesy?: string): string | null {
  const fits = [...idx.words.get(word)!].filter((id) => titleFits(courtesy, idx.sex.get(id)));
  // 'Mr Howard': when someone has the word for a surname, not those who have it only as a given
  // name (Howard Flight); when no one does, they may still ('Mr Kim' for Kim Yungmin).
  const given = courtesy ? fits.filter((id) => givenNameOf(idx, id, word, courtesy)) : [];
  const ids = given.length > 0 && given.length < fits.length ? fits.filter((id) => !given.includes(id)) : fits;
  const inArticle = ids.filter((id) => local.has(id));
  const here = inArticle.length > 1 ? inArticle.filter((id) => names.some((m) => m.personId === id && (m.p < p || (m.p === p && m.i < k)))) : inArticle;
  if (here.length === 1) return here[0]!;
  // 'Sir Ian Blair' … 'Tony Blair' … 'Mr Blair': of two named here, the one the corpus gives that title.
  const titledHere = courtesy && on('courtesy-choices') ? (here.length > 0 ? here : inArticle).filter((id) => idx.byId.get(id)?.courtesies?.has(courtesy)) : [];
  if (titledHere.length === 1) return titledHere[0]!;
  if (inArticle.length > 0) return null;
  // A name one article printed only as two capitalised words ('Sydney Olympic 100m champion'), with
  // no title or speech verb beside it, is no one another article's lone word can mean.
  const doubtful = (id: string) => idx.byId.get(id)?.strong === 0 && (idx.byId.get(id)?.articles?.size ?? 0) < 2;
  if (on('weak-elsewhere') && ids.every(doubtful)) return null;
  if (ids.length === 1) return ids[0]!;
  // 'Dr Fox': the one person of that surname the corpus calls 'Dr'.
  if (courtesy && courtesy !== 'mr') {
    const titled = ids.filter((id) => idx.byId.get(id)?.courtesies?.has(courtesy));
    if (titled.length === 1) return titled[0]!;
  }
  // Not named in full here: the corpus's own 'Mr Brown' when one person of that name is printed
  // far more often than all the others together.
  const weight = (id: string) => [...(idx.byId.get(id)?.variants.values() ?? [])].reduce((n, v) => n + v.count, 0);
  const ranked = ids.map((id) => ({ id, w: weight(id) })).sort((a, b) => b.w - a.w);
  const rest = ranked.slice(1).reduce((n, x) => n + x.w, 0);
  return ranked[0]!.w >= DOMINANCE * Math.max(rest, 1) ? ranked[0]!.id : null;
}

/**
 * 'Mr Howard' is no Howard Flight: after Mr, Mrs, Ms or Dr (not Sir or Dame: 'Sir Ian'), is the
 * word only ever the given name of this person's full names?
 */
function givenNameOf(idx: PeopleIndex, id: string, word: string, courtesy: string): boolean {
  if (!on('courtesy-surnames-only') || !SURNAME_COURTESIES.has(courtesy)) return false;
  const full = [...(idx.byId.get(id)?.variants.keys() ?? [])].map((k) => k.split(' ')).filter((w) => w.length >= 2);
  return full.some((w) => w[0] === word) && !full.some((w) => w[w.length - 1] === word);
}
