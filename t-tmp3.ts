import { loadCorpus } from './src/corpus/load.js';
import { buildArticleDoc } from './src/quotes/extract.js';
import { corpusWords } from './src/quotes/corpus-words.js';
import { buildPeople } from './src/quotes/registry.js';
import { gazetteer } from './src/text/gazetteer.js';
const c = await loadCorpus('/work/shared/corpora/bbc');
const by = new Map<string, any[]>(); for (const p of c.passages) { const l = by.get(p.articleId) ?? []; l.push(p); by.set(p.articleId, l); }
const docs = c.articles.map((a) => buildArticleDoc(a, by.get(a.id) ?? []));
const people = buildPeople(docs, { gaz: gazetteer(), ...corpusWords(docs) });
for (const p of people) if (['Gordon Brown', 'Tony Blair'].includes(p.name)) console.log(p.name, [...p.titles].sort((a, b) => b[1] - a[1]).slice(0, 12));
