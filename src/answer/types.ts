import type { ConfidenceFeatures } from './confidence.js';
/** Where a snippet or quote comes from, as shown to users. Unknown fields are null. */
export interface SourceRef {
  id: string;
  title: string;
  publisher: string | null;
  /** The byline: the manifest's author, else a "By …" line at the top of the article. */
  author: string | null;
  url: string | null;
  published: string | null;
}

/** Another outlet carrying the same passage in near-identical words. */
export interface AlsoIn {
  id: string;
  publisher: string | null;
  url: string | null;
  passageId: string;
}

/** A run of snippet text; `match` marks the words that matched the query (bold on Discord). */
export interface Span {
  text: string;
  match: boolean;
}

/** One answer snippet: exact sentences from one passage, with its source and corroborating outlets. */
export interface AskHit {
  /** The snippet as plain text: the passage's best sentence, sometimes with a neighbour, in the passage's exact words. */
  snippet: string;
  /** The same text split into matched / unmatched runs, for highlighting. */
  spans: Span[];
  passageId: string;
  score: number;
  source: SourceRef;
  alsoIn: AlsoIn[];
}

/**
 * Why a question got no answer: it had no words to search for, none of its key words is in the
 * corpus, or the best passage does not answer it confidently enough.
 */
export type NoAnswerReason = 'no-terms' | 'not-in-corpus' | 'low-confidence';

/** The answer to a question: ranked hits (all of them; renderers page through them), or noAnswer. */
export interface AskResult {
  query: string;
  noAnswer: boolean;
  /** Set exactly when noAnswer is. */
  reason: NoAnswerReason | null;
  /** How sure the engine is that the first hit answers (0-1); answers need RankingParams.minConfidence. */
  confidence: number;
  /** What the confidence was computed from (null when nothing was scored): for `--fit-confidence` and debugging. */
  evidence?: ConfidenceFeatures | null;
  hits: AskHit[];
}

/** A source as listed by `/sources`. */
export interface SourceSummary extends SourceRef {
  passages: number;
}
