import { loadCorpus } from './src/corpus/load.js';
import { buildArticleDoc } from './src/quotes/extract.js';
import { observeNames, observeFullNames } from './src/quotes/observe.js';
import { corpusWords } from './src/quotes/corpus-words.js';
import { gazetteer } from './src/text/gazetteer.js';
const c = await loadCorpus('/work/shared/corpora/bbc');
const by = new Map<string, any[]>(); for (const p of c.passages) { const l = by.get(p.articleId) ?? []; l.push(p); by.set(p.articleId, l); }
const docs = c.articles.map((a) => buildArticleDoc(a, by.get(a.id) ?? []));
const rules = { gaz: gazetteer(), ...corpusWords(docs) };
const want = new Set(process.argv.slice(2));
for (const d of docs) for (const o of [...observeNames(d, rules), ...observeFullNames(d, rules)]) if (want.has(o.display.join(' '))) console.log(d.article.file, JSON.stringify(o));
