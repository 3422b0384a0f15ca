/**
 * The shape of a Discord message as we build it: plain JSON that discord.js accepts as reply or
 * edit options, so render/ needs no discord.js and tests can assert on exactly what is sent.
 */
export interface EmbedJSON {
  title?: string;
  url?: string;
  description?: string;
  color?: number;
  fields?: { name: string; value: string; inline?: boolean }[];
  footer?: { text: string };
}

/** Button styles we use: Primary (1), Secondary (2), Link (5). */
export interface ButtonJSON {
  type: 2;
  style: 1 | 2 | 5;
  label: string;
  url?: string;
  custom_id?: string;
  disabled?: boolean;
}

export interface ActionRowJSON {
  type: 1;
  components: ButtonJSON[];
}

/** A reply: never pings (allowedMentions.parse is empty), optionally only for the asker. */
export interface ReplyPayload {
  content?: string;
  embeds: EmbedJSON[];
  components: ActionRowJSON[];
  allowedMentions: { parse: [] };
  ephemeral?: boolean;
}

/** Where a paged reply is and how to ask for its neighbours. */
export interface PageOptions {
  /** 0-based page to show. */
  page?: number;
  /** Builds the custom id of the button that shows `page`; without it no paging buttons are drawn. */
  pageId?: (page: number) => string;
}

/** What a citation may show besides the result itself. */
export interface CiteOptions {
  /**
   * An article's title by id: a citation with no URL (an archive without links) names its article
   * by title, since several articles of one publisher would otherwise all read "BBC News".
   */
  titleOf?: (articleId: string) => string | undefined;
}
