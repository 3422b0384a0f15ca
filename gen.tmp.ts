import { generateCorpus } from './bench/generate.js';
const g = await generateCorpus(process.argv[2]!, Number(process.argv[3]), 42);
console.log(g.articles, g.facts.length, g.speakers.length);
