import type { RankingParams } from '../../answer/params.js';

/** Each mechanism of /ask switched off by its parameters alone, to measure what it buys on dev. */
export const ABLATIONS: readonly { name: string; off: Partial<RankingParams> }[] = [
  { name: 'related words from word vectors', off: { relatedPerTerm: 0 } },
  { name: 'synonyms from WordNet', off: { synonymCredit: 0 } },
  { name: 'related words of either kind', off: { relatedPerTerm: 0, synonymCredit: 0 } },
  { name: 'answer type (sentence holding a date/number/name)', off: { answerTypeBoost: 0, missingTypeFactor: 1 } },
  { name: 'answer standing by the question words', off: { answerNearBoost: 0 } },
  { name: 'snippets of 2-3 sentences (one only)', off: { maxSnippetSentences: 1 } },
  { name: 'the next sentence taken in when it holds the kind of answer', off: { typedExtraSentenceFactor: 0.98 } },
  { name: 'a second window of the same candidate', off: { secondWindowShare: 2 } },
  { name: 'article credit (headline, other paragraphs)', off: { articleCredit: 0 } },
  { name: 'headline match', off: { headlineWeight: 0 } },
  { name: 'previous paragraph in retrieval', off: { contextBoost: 0.001 } },
  { name: 'BM25 of the passage in the score', off: { bm25Weight: 0 } },
  { name: 'proximity', off: { proximityBoost: 0 } },
  { name: 'quoted speaker for "what did X say"', off: { speakerQuoteBoost: 0 } },
  { name: 'sums, shares and years told from other figures', off: { fineAnswerTypes: 0 } },
  { name: "'when' answered by a date to the day", off: { dayDateBoost: 0 } },
  { name: "the kind a 'what is the N' question names", off: { whatIsKinds: 0 } },
  { name: 'a figure counting what "how many" counts', off: { countedNoun: 0 } },
  { name: "reasons told from particles and time spans ('took over', 'since 2001')", off: { strictReasons: 0 } },
  { name: "names sharing a word with the question not taken as answers ('UFJ Holdings')", off: { newNamesOnly: 0 } },
  { name: "nationality adjectives not taken as a 'who' answer ('The Ethiopian')", off: { whoNotDemonym: 0 } },
  { name: "an age set off after another name not taken as the asked one's ('X, 18,')", off: { boundAges: 0 } },
  { name: "a lower-case 'us' read as the country ('us jobless rate')", off: { caselessCountries: 0 } },
  { name: "a nationality matched by its country's names ('chinese' by 'China')", off: { relatedNationalities: 0 } },
  { name: 'a person named alone by family name only', off: { familyNameOnly: 0 } },
  { name: 'names spelt near a word the index lacks', off: { nearSpellingCredit: 0 } },
  // The evidence share alone, at the threshold it was chosen at before the model.
  { name: 'calibrated confidence (the logistic model)', off: { calibratedConfidence: 0, minConfidence: 0.4 } },
];
