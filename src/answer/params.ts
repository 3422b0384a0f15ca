/**
 * Every tuning number of `/ask`, in one place, with what each does. `npm run eval` reads these
 * defaults and can sweep any of them on the dev sets (MiniSearch's `defaultSearchOptions` is the
 * model). Values were chosen on the blind dev splits of test/eval/, never on the test splits.
 */
export interface RankingParams {
  // Retrieval
  /** Candidate passages taken from the index per question (each is then scored sentence by sentence). */
  candidates: number;
  /** Candidates scored sentence by sentence, the best by a cheap passage-level bound. */
  rerankDepth: number;
  /** Of those, only the ones whose bound reaches this share of the best's: the rest cannot win. */
  rerankFloor: number;
  /** Postings MiniSearch may walk per question; terms are searched rarest first until it is spent. */
  retrievalBudget: number;
  /** MiniSearch boost of a match in the previous passage (the "context" field); above 0 (MiniSearch reads 0 as 1). */
  contextBoost: number;
  /** MiniSearch boost of a related word (a search for 'purchase' also finds 'buy', for less). */
  relatedBoost: number;

  // Related words
  /** Least cosine similarity (word vectors) for a word to count as related to a query word. */
  relatedMinSimilarity: number;
  /** Most related words taken per query word. */
  relatedPerTerm: number;

  // Crediting query terms
  /** Credit of a longer form of the query word ('nigerian' for 'nigeria'). */
  prefixCredit: number;
  /** Credit of a near-spelling, for names only ('Okafr' for 'Okafor'). */
  fuzzyCredit: number;
  /** Credit of a related word, multiplied by its similarity. */
  relatedCredit: number;
  /** Credit of a WordNet synonym or derived form of the query word (0 turns WordNet off). */
  synonymCredit: number;
  /** Credit of a term found elsewhere in the same article (its headline, another paragraph). */
  articleCredit: number;
  /** Credit of a name within an edit or two of a word the index lacks, compared as written ('jinpin' for 'Jinping'); 0 searches none. */
  nearSpellingCredit: number;
  /** 1: a person is named alone only by the family name the articles use; 0: by any word of the name. */
  familyNameOnly: number;
  /** 1: 'how much did X pay', 'what percentage', 'what year' ask for a sum, a share, a year; 0: any figure or date. */
  fineAnswerTypes: number;
  /** 1: 'what's the N…' asks for the kind of answer its first kind noun names ('original name', 'the doves album that…': a name); 0: only the question words say. */
  whatIsKinds: number;
  /** 1: 'when' and 'why' ask for a time and a reason only as the question's first question word ('how much did traffic jump when…' asks for a figure); 0: anywhere. */
  leadQuestionWord: number;
  /** 1: an 'over' or 'since' that is a verb's particle or a time span gives no reason ('took over', 'over the past year', 'since 2001'); 0: every one does. */
  strictReasons: number;
  /** 1: a name sharing a capitalised word with the question ('UFJ Holdings' for 'who bid for UFJ') is the question's own, no answer; 0: only one made wholly of its words. */
  newNamesOnly: number;
  /** 1: a question's lower-case 'us' is the country unless a verb or preposition takes it ('us jobless rate', not 'tell us'); 0: always the pronoun. */
  caselessCountries: number;
  /** 1: a nationality adjective in the question ('chinese', 'American') may be matched by its country's names (WordNet: 'China', 'US'), as an ordinary word by its related words; 0: only as written, like a name. */
  relatedNationalities: number;
  /** 1: a nationality adjective alone ('The Ethiopian broke…', 'Japanese') answers no 'who'; 0: any capitalised word does. */
  whoNotDemonym: number;
  /** 1: an age set off after a name ('Charlene Ellis, 18,') answers 'how old' only about that name; 0: any age does. */
  boundAges: number;
  /** Weight of words naming the answer's category ('what TV show'), relative to other words. */
  categoryWeight: number;
  /** 1: 'how many N' is answered only by a figure counting N ('sold 3 million copies'); 0: by any figure. */
  countedNoun: number;
  /** Characters within which a figure stands before the N it counts ('3.5 million new PCs'). */
  countedNounChars: number;

  // Scoring a snippet
  /** Exponent on coverage (the weighted share of the question the snippet holds): higher favours complete matches. */
  coveragePower: number;
  /** Weight of the passage's BM25 score, as a share of the best candidate's. */
  bm25Weight: number;
  /** Extra score by how much of the question the article's headline holds. */
  headlineWeight: number;
  /** Extra score factor of a window in the article's first paragraph: news puts the who, what and why first. */
  leadWeight: number;
  /** Extra score for a snippet holding the kind of answer asked for (a number for 'how many'). */
  answerTypeBoost: number;
  /** Up to this much extra score when the answer of the asked type stands right by the question's words. */
  answerNearBoost: number;
  /** Extra score factor, for 'when', of a window dating the thing to the day ('on 17 October'), not the month or year alone. */
  dayDateBoost: number;
  /** Characters within which an answer counts as standing by the question's words (closeness falls to 0). */
  answerNearChars: number;
  /** Extra score, for "what did X say", of a passage quoting X. */
  speakerQuoteBoost: number;
  /** Up to this much extra score when the question's words stand together as in the question. */
  proximityBoost: number;
  /** Score factor for each sentence past the first: a longer snippet must earn its length. */
  extraSentenceFactor: number;
  /** The same factor for a sentence holding the kind of answer the question asks for (a person, a figure, a date): above 1, the snippet takes in the sentence after the one naming the topic. */
  typedExtraSentenceFactor: number;
  /** Score factor of a passage that is not a sentence (a headline or subheading). */
  headingFactor: number;
  /**
   * Share of a candidate's best window score that another window of it, not overlapping the best,
   * must reach to be offered too: the lead names the topic, a later sentence of the same passage
   * may hold the answer. Above 1 offers one window per candidate.
   */
  secondWindowShare: number;
  /** Sentences of the next paragraph a snippet may take in after the candidate's own. */
  followingSentences: number;
  /** Longest snippet, in characters, unless its one sentence is longer. */
  maxSnippetChars: number;
  /** Most sentences in a snippet. */
  maxSnippetSentences: number;

  // Deciding
  /** Least confidence to answer; below it the reply is "nothing found". Read off the dev trade-off curve. */
  minConfidence: number;
  /** Confidence factor for each figure or year of the question the best snippet lacks. */
  missingNumberFactor: number;
  /** How much a related word's credit counts as evidence of an answer, relative to its credit in ranking. */
  relatedSupport: number;
  /** Confidence factor when the question asks for a kind of answer (a date, a number) the best snippet lacks. */
  missingTypeFactor: number;
  /** 1: confidence is the logistic model below (src/answer/confidence.ts); 0: the evidence share alone. */
  calibratedConfidence: number;
  /** The model's weights, fit on the dev sets by `npm run eval -- --fit-confidence`: its bias, */
  confidenceBias: number;
  /** the weight of the log of the snippet's evidence share, */
  confidenceLogEvidence: number;
  /** of holding the kind of answer asked for, */
  confidenceHasType: number;
  /** of the question asking for a kind of answer, */
  confidenceTyped: number;
  /** of the log of the best window's score, */
  confidenceLogScore: number;
  /** and of the number of distinct articles among the best five windows. */
  confidenceSpread: number;
  /** Hits below this share of the best score are dropped as noise. */
  relativeScoreFloor: number;
  /** Most hits kept for paging. */
  maxHits: number;
}

/** The defaults every caller uses unless it passes its own (the eval's sweeps do). */
export const DEFAULT_RANKING: Readonly<RankingParams> = Object.freeze({
  candidates: 40,
  rerankDepth: 15,
  rerankFloor: 0.3,
  retrievalBudget: 1000,
  contextBoost: 1,
  relatedBoost: 0.3,
  relatedMinSimilarity: 0.8,
  relatedPerTerm: 5,
  prefixCredit: 0.7,
  nearSpellingCredit: 0.8,
  familyNameOnly: 1,
  fineAnswerTypes: 1,
  whatIsKinds: 1,
  leadQuestionWord: 1,
  strictReasons: 1,
  newNamesOnly: 1,
  whoNotDemonym: 1,
  caselessCountries: 1,
  relatedNationalities: 1,
  boundAges: 1,
  fuzzyCredit: 0.8,
  relatedCredit: 0.6,
  synonymCredit: 0.4,
  articleCredit: 0.5,
  categoryWeight: 0.5,
  countedNoun: 1,
  countedNounChars: 30,
  coveragePower: 2,
  bm25Weight: 0.5,
  headlineWeight: 0.5,
  leadWeight: 0.2,
  answerTypeBoost: 1,
  speakerQuoteBoost: 2,
  answerNearBoost: 1,
  dayDateBoost: 0.3,
  answerNearChars: 60,
  proximityBoost: 0.5,
  extraSentenceFactor: 0.98,
  typedExtraSentenceFactor: 1.05,
  headingFactor: 0.5,
  secondWindowShare: 0.3,
  followingSentences: 2,
  maxSnippetChars: 420,
  maxSnippetSentences: 3,
  minConfidence: 0.45,
  missingTypeFactor: 0.35,
  relatedSupport: 0.5,
  missingNumberFactor: 0.5,
  calibratedConfidence: 1,
  confidenceBias: -2.294,
  confidenceLogEvidence: -0.610,
  confidenceHasType: 3.871,
  confidenceTyped: -0.830,
  confidenceLogScore: 1.405,
  confidenceSpread: -0.408,
  relativeScoreFloor: 0.2,
  maxHits: 9,
});

/** The defaults with some numbers replaced; unknown names are an error naming them. */
export function withParams(overrides: Partial<Record<string, number>>): RankingParams {
  const out: Record<string, number> = { ...DEFAULT_RANKING };
  for (const [k, v] of Object.entries(overrides)) {
    if (!Object.hasOwn(out, k)) throw new Error(`unknown ranking parameter "${k}"; see src/answer/params.ts`);
    if (typeof v !== 'number' || !Number.isFinite(v)) throw new Error(`ranking parameter "${k}" needs a number`);
    out[k] = v;
  }
  return out as unknown as RankingParams;
}
