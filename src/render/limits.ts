/** Discord's message limits, in one place. Exceeding any of them makes the API reject the reply. */
export const DISCORD_LIMITS = {
  content: 2000,
  embedTitle: 256,
  embedDescription: 4096,
  embedFields: 25,
  fieldName: 256,
  fieldValue: 1024,
  footerText: 2048,
  authorName: 256,
  embedsTotal: 6000,
  embedsPerMessage: 10,
  actionRows: 5,
  buttonsPerRow: 5,
  customId: 100,
  buttonLabel: 80,
  /** A link button's url (Discord also requires it to be a well-formed http(s) URL). */
  buttonUrl: 512,
  autocompleteChoices: 25,
  choiceName: 100,
  choiceValue: 100,
} as const;

/** Embed accent colour for answers. */
export const ACCENT = 0x2b6cb0;
/** Embed colour for "nothing found" and notices. */
export const MUTED = 0x718096;

/**
 * Text fragment deep links (src/render/fragment.ts). The whole deep link stays within
 * DISCORD_LIMITS.buttonUrl; the directive itself is kept short because three cited snippets,
 * each with its link, must fit one embed description.
 */
export const TEXT_FRAGMENT = {
  /** A sentence of at most this many words is quoted whole in the fragment. */
  wholeWords: 8,
  /** A longer one is found by this many words from each end (textStart,textEnd). */
  edgeWords: 4,
  /** Longest encoded directive (after `#:~:text=`); a longer one falls back to the plain URL. */
  maxDirective: 240,
} as const;
