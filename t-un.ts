import { bbcIndex } from './src/cli/eval/quotes.js';
const { corpus, qi } = await bbcIndex();
const raw = new Map(corpus.articles.map((a) => [a.id, a.raw]));
let seed = Number(process.argv[2] ?? 7); const rnd = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
const un = qi.quotes.filter((q) => !q.partial && !q.speakerId && !q.organisationId);
console.log('unattributed full', un.length, 'of full', qi.quotes.filter((q) => !q.partial).length);
for (let n = 0; n < 25; n++) {
  const q = un[Math.floor(rnd() * un.length)]!;
  const c = q.citations[0]!; const t = raw.get(c.sourceId)!; const i = t.indexOf(c.text.slice(0, 40));
  console.log('---', c.sourceId); console.log(t.slice(Math.max(0, i - 220), i + Math.min(c.text.length, 120) + 120).replace(/\n/g, ' / '));
}
