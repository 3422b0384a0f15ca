import { readFile } from 'node:fs/promises';
import { openPgEngine } from './src/store/pg/engine.ts';
import { findQuotes } from './src/quotes/index.ts';
import { quotesWithin } from './src/answer/filtered.ts';
import { NO_FILTER } from './src/answer/filters.ts';
const qs = JSON.parse(await readFile(process.argv[2]!, 'utf8'));
const e = await openPgEngine(process.env.DATABASE_URL!);
const out: [number, number, number, string, number][] = [];
for (const s of qs.speakers) {
  let t = performance.now();
  const v = await e.view({ speaker: s.speaker });
  const tv = performance.now() - t; t = performance.now();
  const r = findQuotes(v.quotes, s.speaker, s.about);
  quotesWithin(v, r, NO_FILTER);
  out.push([tv + performance.now() - t, tv, performance.now() - t, s.speaker + (r.speaker ? '' : ' (unknown)'), v.quotes.quotes.length]);
}
out.sort((a, b) => b[0] - a[0]);
for (const o of out.slice(0, 8)) console.log(o.map((x) => (typeof x === 'number' ? x.toFixed(1) : x)).join('  '));
console.log('median', out[100]![0].toFixed(1));
await e.close();
