import { z } from 'zod';

/**
 * Schema checks for the persisted index's large tables. zod's general machinery costs a few
 * microseconds an element when it runs cold, as it does once per start: `z.tuple` per row took
 * about 130 ms of a 10,000-article load for the word counts alone, and even one `z.custom` per
 * row about 30 ms a table of 28,000 rows, against 2 ms for the same test written as one predicate
 * over the whole table. These are still zod schemas (they compose with the section schemas and
 * fail the parse alike); the error names the table, not the row.
 */

/** A test of one value. */
export type Check = (v: unknown) => boolean;

export const isString: Check = (v) => typeof v === 'string';
export const isNumber: Check = (v) => typeof v === 'number' && Number.isFinite(v);
export const isCount: Check = (v) => Number.isInteger(v) && (v as number) >= 0;
export const isPositive: Check = (v) => Number.isInteger(v) && (v as number) > 0;

/** A test of an array whose every element passes `each`. */
export const arrayOf =
  (each: Check): Check =>
  (v) =>
    Array.isArray(v) && v.every(each);

/** A test of a tuple whose elements pass `parts`, in order. */
export const tupleOf =
  (...parts: Check[]): Check =>
  (v) =>
    Array.isArray(v) && v.length === parts.length && parts.every((p, i) => p(v[i]));

/** A zod schema for an array whose every element passes `each`, as one predicate; `what` names an element in the error. */
export function tableOf<T>(what: string, each: Check): z.ZodType<T[]> {
  return z.custom<T[]>(arrayOf(each), { message: `expected a list of ${what}` });
}
