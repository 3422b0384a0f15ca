/**
 * What a set of terms (a sentence's, a passage's, an article's) holds of each unit of the
 * question, and the credit each form earns: the term itself fully, longer forms, near-spellings
 * and related words for less (src/answer/retrieve.ts decides the forms).
 */
import type { Unit } from './question.js';
import type { Forms } from './retrieve.js';

/** A unit's forms flattened once per question: scoring asks of every sentence what they hold. */
interface UnitForms {
  forms: string[];
  credits: number[];
  /** The form is a related word, whose credit confidence scales down. */
  related: boolean[];
}

const compiled = new WeakMap<Forms, WeakMap<Unit, UnitForms>>();

/** The forms of the unit's naming terms with their credits, built once per question and unit. */
function unitForms(unit: Unit, forms: Forms): UnitForms {
  let byUnit = compiled.get(forms);
  if (!byUnit) compiled.set(forms, (byUnit = new WeakMap()));
  let out = byUnit.get(unit);
  if (!out) {
    out = { forms: [], credits: [], related: [] };
    for (const t of unit.naming) {
      for (const [form, credit] of forms.get(t) ?? []) {
        out.forms.push(form);
        out.credits.push(credit);
        out.related.push(credit < 1 && forms.related.has(form));
      }
    }
    byUnit.set(unit, out);
  }
  return out;
}

/**
 * The best credit (0-1) any form of the unit's terms earns in a set of terms; a related word's
 * credit is scaled by `relatedScale` (confidence trusts them less than ranking does).
 */
export function creditIn(unit: Unit, forms: Forms, terms: ReadonlySet<string> | undefined, relatedScale = 1): number {
  if (!terms) return 0;
  const f = unitForms(unit, forms);
  let best = 0;
  for (let i = 0; i < f.forms.length; i++) {
    const c = f.related[i] ? f.credits[i]! * relatedScale : f.credits[i]!;
    if (c > best && terms.has(f.forms[i]!)) best = c;
  }
  return best;
}

/** Every form of the question's units, by form: the units it stands for and its credit there. */
type FormIndex = Map<string, { unit: number; credit: number; related: boolean }[]>;

// Keyed by the question's units (one array per question, with one Forms).
const formIndexes = new WeakMap<readonly Unit[], FormIndex>();

function formIndexOf(units: readonly Unit[], forms: Forms): FormIndex {
  let index = formIndexes.get(units);
  if (!index) {
    index = new Map();
    for (const [k, u] of units.entries()) {
      const f = unitForms(u, forms);
      for (let i = 0; i < f.forms.length; i++) {
        let list = index.get(f.forms[i]!);
        if (!list) index.set(f.forms[i]!, (list = []));
        list.push({ unit: k, credit: f.credits[i]!, related: f.related[i]! });
      }
    }
    formIndexes.set(units, index);
  }
  return index;
}

/**
 * What a sentence's terms hold of each unit, as `creditIn` gives it for every unit: `credit`
 * for ranking, `support` (related words scaled by `scale`) for confidence. Read off the
 * sentence's own few terms, not every form of every unit (a passage's or article's many terms
 * are better asked unit by unit, with `creditIn`).
 */
export function rowsOf(units: readonly Unit[], forms: Forms, terms: ReadonlySet<string>, scale: number): { credit: number[]; support: number[] } {
  const index = formIndexOf(units, forms);
  const credit = new Array<number>(units.length).fill(0);
  const support = new Array<number>(units.length).fill(0);
  for (const t of terms) {
    const hits = index.get(t);
    if (!hits) continue;
    for (const h of hits) {
      if (h.credit > credit[h.unit]!) credit[h.unit] = h.credit;
      const backs = h.related ? h.credit * scale : h.credit;
      if (backs > support[h.unit]!) support[h.unit] = backs;
    }
  }
  return { credit, support };
}
