import Database from 'better-sqlite3';
import MiniSearch from 'minisearch';
import { paragraphs } from '../../corpus/split.js';
import type { Corpus } from '../../corpus/types.js';

/** A baseline retriever run beside ours on the same questions: whole paragraphs, best first. */
export interface Peer {
  name: string;
  search(question: string, k: number): string[];
  close(): void;
}

/** Every paragraph of every article, as a plain reader would split them. */
function allParagraphs(corpus: Corpus): string[] {
  return corpus.articles.flatMap((a) => paragraphs(a.raw).map((b) => b.text));
}

/** Bare MiniSearch: default options, one field, the question searched as typed. */
export function miniSearchPeer(corpus: Corpus): Peer {
  const texts = allParagraphs(corpus);
  const mini = new MiniSearch<{ id: number; text: string }>({ fields: ['text'] });
  mini.addAll(texts.map((text, id) => ({ id, text })));
  return {
    name: 'MiniSearch',
    search: (q, k) => mini.search(q).slice(0, k).map((r) => texts[r.id as number]!),
    close: () => undefined,
  };
}

/**
 * SQLite FTS5 with the Porter tokenizer and BM25. The question's words are OR-ed: FTS5's default
 * AND finds nothing for most questions typed in full, which would make the peer look worse than it is.
 */
export function fts5Peer(corpus: Corpus): Peer {
  const db = new Database(':memory:');
  db.exec("CREATE VIRTUAL TABLE p USING fts5(text, tokenize = 'porter unicode61')");
  const insert = db.prepare('INSERT INTO p (rowid, text) VALUES (?, ?)');
  const texts = allParagraphs(corpus);
  db.transaction(() => texts.forEach((t, i) => insert.run(i + 1, t)))();
  const query = db.prepare('SELECT text FROM p WHERE p MATCH ? ORDER BY bm25(p) LIMIT ?');
  return {
    name: 'FTS5',
    search: (q, k) => {
      const words = q.match(/[\p{L}\p{N}]+/gu) ?? [];
      if (words.length === 0) return [];
      return (query.all(words.map((w) => `"${w}"`).join(' OR '), k) as { text: string }[]).map((r) => r.text);
    },
    close: () => db.close(),
  };
}
