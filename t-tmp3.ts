import { bbcIndex } from './src/cli/eval/quotes.js';
const { qi } = await bbcIndex();
const re = new RegExp(`\\b(${process.argv.slice(2).join('|')})\\b`, 'i');
for (const s of qi.speakers) if (re.test([s.name, ...s.aliases].join(' '))) console.log(s.id, '|', s.name, '|', s.description, s.quotes, s.mentions, s.aliases);
