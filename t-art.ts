import { bbcIndex } from './src/cli/eval/quotes.js';
const { corpus, qi } = await bbcIndex();
for (const f of process.argv.slice(2)) {
  const a = corpus.articles.find((x) => x.file === f)!;
  console.log('=====', f);
  for (const q of qi.quotes) for (const c of q.citations) if (c.sourceId === a.id) console.log(`[${q.speakerId ?? '-'}]${q.partial ? ' (p)' : ''} ${c.text.slice(0, 110)}`);
}
