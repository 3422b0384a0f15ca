import { loadCorpus } from './src/corpus/load.js';
import { buildArticleDoc } from './src/quotes/extract.js';
import { observeNames, commonWords } from './src/quotes/names.js';
import { gazetteer } from './src/text/gazetteer.js';
const c = await loadCorpus('/work/shared/corpora/bbc');
const want = new Set(process.argv.slice(2));
const docs = c.articles.map((a) => buildArticleDoc(a, c.passages.filter((p) => p.articleId === a.id)));
const rules = { gaz: gazetteer(), common: commonWords(docs) };
for (const d of docs) for (const o of observeNames(d, rules)) if (want.has(o.display.join(' '))) {
  console.log(d.article.file, JSON.stringify(o));
}
