import { z } from 'zod';

/**
 * Schema checks for the persisted index's large tables of tuples. `z.tuple` checks each element
 * through zod's general machinery: on the 28,000 rows of a 10,000-article index's word counts it
 * took about 130 ms of loading, against 2 ms for the same test written as one predicate per row.
 * These are still zod schemas (they compose with the section schemas and fail the parse alike).
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

/** A zod schema for a tuple whose elements pass `parts`, in order; `what` names it in the error. */
export function tupleOf<T extends unknown[]>(what: string, ...parts: Check[]): z.ZodType<T> {
  return z.custom<T>((v) => Array.isArray(v) && v.length === parts.length && parts.every((p, i) => p(v[i])), { message: `expected ${what}` });
}
