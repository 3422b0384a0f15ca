import { bbcIndex } from './src/cli/eval/quotes.js';
import { listSpeakers } from './src/quotes/index.js';
const { qi } = await bbcIndex();
console.log(listSpeakers(qi).slice(0, Number(process.argv[2] ?? 130)).map((s, i) => `${i + 1}. ${s.name} | ${s.kind} | ${s.description ?? ''} | ${s.quotes}`).join('\n'));
