/** Helpers for the /ask tests: an engine over articles written in the test, and neutral filler text. */
import { buildCorpus } from '../src/corpus/load.js';
import { createEngine, type Engine } from '../src/engine.js';

/** An engine over invented articles (file name → text), each published by its file's stem unless `publishers` says. */
export function engineOf(articles: Record<string, string>, publishers: Record<string, string> = {}): Engine {
  return createEngine(
    buildCorpus(
      Object.entries(articles).map(([file, content]) => ({ file, content })),
      JSON.stringify({ sources: Object.keys(articles).map((file) => ({ file, publisher: publishers[file] ?? file.replace(/\..*$/, '') })) }),
    ),
  );
}

/** A paragraph about nothing any test asks, so a passage's words are not the whole article's. */
export const filler = 'Residents of the valley gathered at the hall on Friday evening. The weather was mild for the time of year. Several shops stayed open late.';
