import { bbcIndex } from './src/cli/eval/quotes.js';
const { qi } = await bbcIndex();
for (const id of process.argv.slice(2)) {
  const s = qi.speakerById[id]; console.log('==', id, s?.aliases);
  for (const q of qi.quotesBySpeaker[id] ?? []) console.log('  ', q.citations.map((c) => c.sourceId).join(','), q.text.slice(0, 70));
}
