import { loadCorpus } from './src/corpus/load.js';
import { buildArticleDoc } from './src/quotes/extract.js';
import { corpusWords } from './src/quotes/corpus-words.js';
import { gazetteer } from './src/text/gazetteer.js';
const c = await loadCorpus('/work/shared/corpora/bbc');
const docs = c.articles.map((a) => buildArticleDoc(a, c.passages.filter((p) => p.articleId === a.id)));
const cw = corpusWords(docs); const g = gazetteer();
for (const w of process.argv.slice(2)) console.log(w, 'common', cw.common.has(w), 'alone', cw.alone.has(w), 'first', g.firstNames.has(w), 'place', g.places.has(w), 'dem', g.demonyms.has(w));
