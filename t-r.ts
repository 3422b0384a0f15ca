import { buildCorpus } from './src/corpus/load.js';
import { buildQuoteIndex, findQuotes } from './src/quotes/index.js';
import { renderQuote } from './src/render/discord.js';
const files = [
    { file: 'full.txt', content: 'Rail plan\n\nTransport Secretary Tom Ferris said: "We will rebuild the line within five years and the fares will fall."\n' },
    { file: 'part.txt', content: 'Rail plan backed\n\nTransport Secretary Tom Ferris said the line would be rebuilt and "the fares will fall".\n' },
  ];
const qi = buildQuoteIndex(buildCorpus(files));
console.log(renderQuote(findQuotes(qi, 'Tom Ferris')).embeds[0]!.description);
console.log(JSON.stringify(qi.quotes.map(q=>[q.text,q.partial,q.citations.map(c=>[c.sourceId,c.text])])));
