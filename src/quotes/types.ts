/** One source carrying a quotation: where to read it, and the words that source printed. */
export interface Citation {
  sourceId: string;
  passageId: string;
  publisher: string | null;
  url: string | null;
  /** The quotation as this source worded it (the Quote's text is the longest faithful wording). */
  text: string;
  /** Every passage the quotation runs over in this source (more than one for a multi-paragraph quote). */
  passageIds: string[];
}

/** A direct quotation, once, with every source that carries it. */
export interface Quote {
  id: string;
  text: string;
  /** True for a short phrase inside reported speech ('called it a "historic step"'). */
  partial: boolean;
  /** The person who said it; null for an organisation's statement or an unnamed speaker's. */
  speakerId: string | null;
  /** The organisation whose statement it is ('Downing Street said'), kept apart from people. */
  organisationId: string | null;
  citations: Citation[];
}

/** A person the corpus quotes or mentions. */
export interface Speaker {
  id: string;
  name: string;
  /** A person, or an organisation whose statements are quoted ('Downing Street', 'the WTO'). */
  kind: 'person' | 'organisation';
  aliases: string[];
  /** Their title as the articles give it ('Finance Minister'), most common form; 'organisation' for one without. */
  description: string | null;
  quotes: number;
  /** Passages that mention them by name. */
  mentions: number;
}

/** Everything quote lookups need, computed once per corpus; plain data. */
export interface QuoteIndex {
  /** Every speaker, most quoted first. */
  speakers: Speaker[];
  speakerById: Record<string, Speaker>;
  /** Each speaker's (person's or organisation's) quotations: full ones first, then partial. */
  quotesBySpeaker: Record<string, Quote[]>;
  /** Every quotation, attributed or not. */
  quotes: Quote[];
  /** Folded full name or alias → speaker ids. */
  names: Record<string, string[]>;
  /** Folded single name word → speaker ids. */
  nameWords: Record<string, string[]>;
  /** Speaker id → folded name and aliases, for autocomplete. */
  searchNames: Record<string, string[]>;
  /** Quote id → search terms of the quotation and the passages around it, for the topic filter. */
  quoteTerms: Record<string, string[]>;
}

/** The answer to 'what did X say (about Y)?'. */
export interface QuoteResult {
  query: string;
  about: string | null;
  /** The speaker the query resolved to, null if unknown. */
  speaker: Speaker | null;
  /** Full quotations first, then partial. */
  quotes: Quote[];
  /** A plain sentence for the user when the answer needs one (ambiguous name, nobody quoted, no match). */
  note: string | null;
  /** Closest known speakers when the name is unknown. */
  suggestions: Speaker[];
}
