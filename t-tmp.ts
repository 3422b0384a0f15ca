import { bbcIndex, unprintedCitations } from './src/cli/eval/quotes.js';
const { corpus, qi } = await bbcIndex();
const u = unprintedCitations(corpus, qi);
const raw = new Map(corpus.articles.map((a) => [a.id, a.raw]));
let n=0;
for (const q of qi.quotes) for (const c of q.citations) {
  if (u.bad.includes(`${c.sourceId}: ${q.text.slice(0, 100)}`) && n++ < 8) console.log(JSON.stringify({q: q.text.slice(0,200), c: c.text.slice(0,200), n: q.citations.length}));
}
