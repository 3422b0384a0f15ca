/** An article as loaded: manifest metadata merged with what was derived from the file. */
export interface Article {
  /** Stable id: the manifest's `id`, else derived from the file name. */
  id: string;
  /** File name relative to the corpus folder. */
  file: string;
  title: string;
  publisher: string | null;
  author: string | null;
  url: string | null;
  /** ISO date (YYYY-MM-DD) or null when unknown. */
  published: string | null;
  /** The file's text exactly as read (after BOM removal); passage offsets point into it. */
  raw: string;
}

/** A paragraph (or part of a long one) of an article's cleaned text: the unit we index and cite. */
export interface Passage {
  /** `<articleId>#<n>`, n counting from 1 in reading order. */
  id: string;
  articleId: string;
  /** 1-based position within the article. */
  n: number;
  /** The passage's words; line breaks inside a hard-wrapped paragraph become single spaces. */
  text: string;
  /** Offsets in `Article.raw`: raw.slice(start, end) is `text` before line breaks were folded. */
  start: number;
  end: number;
}

/** Something wrong with the input that a user can fix; it never stops the rest of the corpus loading. */
export interface CorpusProblem {
  /** File the problem is in (the manifest or an article), relative to the corpus folder. */
  file: string;
  /** Manifest field or entry, e.g. `sources[2].url`, when the problem is in one. */
  field?: string;
  message: string;
}

/** The whole loaded corpus: plain data, safe to share between the CLI, the bot and tests. */
export interface Corpus {
  dir: string;
  articles: Article[];
  passages: Passage[];
  problems: CorpusProblem[];
}
