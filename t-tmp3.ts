import { bbcIndex } from './src/cli/eval/quotes.js';
const { qi } = await bbcIndex();
for (const s of qi.speakers.slice(0, 2)) console.log(s.name, s.aliases.slice(0, 30));
