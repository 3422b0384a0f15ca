import { bbcIndex } from './src/cli/eval/quotes.js';
const { qi } = await bbcIndex();
for (const s of qi.speakers) if (/\b(brady|radley|butler|egeland)\b/i.test([s.name, ...s.aliases].join(' '))) console.log(s.id, '|', s.name, '|', s.description, s.aliases);
