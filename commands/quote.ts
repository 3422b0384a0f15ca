import { SlashCommandBuilder, type AutocompleteInteraction, type ChatInputCommandInteraction } from 'discord.js';
import { quotesWithin } from '../src/answer/filtered.js';
import { isFiltered, NO_FILTER, type ArticleFilter } from '../src/answer/filters.js';
import { titleOf } from '../src/answer/sources.js';
import { addFilterOptions, filterFrom, respondSource } from '../src/bot/filter-options.js';
import type { CommandContext, Outcome, Rendered } from '../src/bot/types.js';
import { expired } from '../src/bot/notices.js';
import { replyOptions } from '../src/bot/send.js';
import { findQuotes, listSpeakers, suggestSpeakers } from '../src/quotes/index.js';
import type { Speaker } from '../src/quotes/types.js';
import type { ViewRequest } from '../src/engine.js';
import { renderHidden, renderNotice, renderQuote } from '../src/render/discord.js';
import { DISCORD_LIMITS } from '../src/render/limits.js';
import { escapeMarkdown, truncate } from '../src/render/markdown.js';

/** Longest speaker name or topic accepted (Discord's limit for a choice value). */
export const OPTION_MAX = 100;

export const data = addFilterOptions(
  new SlashCommandBuilder()
    .setName('quote')
    .setDescription("A person's exact words as the articles quote them, each with its sources")
    .addStringOption((o) =>
      o.setName('speaker').setDescription('Who said it: start typing a name and pick one').setRequired(true).setMinLength(1).setMaxLength(OPTION_MAX).setAutocomplete(true),
    )
    .addStringOption((o) => o.setName('about').setDescription('Only quotes about this topic (optional)').setMaxLength(OPTION_MAX)),
);

/** The autocomplete entry for a speaker: 'Name — Role (3 quotes)', never over Discord's 100 characters. */
export function speakerChoice(s: Speaker): { name: string; value: string } {
  const count = ` (${s.quotes} quote${s.quotes === 1 ? '' : 's'})`;
  const full = s.description ? `${s.name} — ${s.description}` : s.name;
  // The role goes first when space runs out: the name is what the user is choosing.
  const label = full.length + count.length <= DISCORD_LIMITS.choiceName ? full : s.name;
  const name = `${truncate(label, DISCORD_LIMITS.choiceName - count.length)}${count}`;
  // The value is what findQuotes gets back; a name too long for a value falls back to the id.
  return { name, value: s.name.length <= DISCORD_LIMITS.choiceValue ? s.name : s.id.slice(0, DISCORD_LIMITS.choiceValue) };
}

/** Best matches for what has been typed (the most quoted people when nothing is), at most 25. */
export function speakerChoices(ctx: CommandContext, typed: string): { name: string; value: string }[] {
  const partial = typed.trim().slice(0, OPTION_MAX);
  const speakers = partial === '' ? listSpeakers(ctx.engine.quotes) : suggestSpeakers(ctx.engine.quotes, partial, DISCORD_LIMITS.autocompleteChoices);
  return speakers
    .filter((s) => partial !== '' || s.quotes > 0)
    .slice(0, DISCORD_LIMITS.autocompleteChoices)
    .map(speakerChoice);
}

/** The reply to /quote from plain data: one page of quotations, or a notice for an unknown or odd name. */
export function quoteReply(ctx: CommandContext, speaker: string, about: string | null, page = 0, f: ArticleFilter = NO_FILTER): Rendered {
  const who = speaker.replace(/\s+/g, ' ').trim();
  const topic = about?.replace(/\s+/g, ' ').trim() || null;
  if (who === '') return { payload: renderNotice('Name a speaker: `/quote speaker:` suggests names as you type.', true), outcome: 'empty' };
  if (who.length > OPTION_MAX || (topic?.length ?? 0) > OPTION_MAX) {
    return { payload: renderNotice(`Keep the speaker and topic under ${OPTION_MAX} characters each; \`/quote\` suggests names as you type.`, true), outcome: 'too-long' };
  }
  const { result, hidden } = quotesWithin(ctx.engine, findQuotes(ctx.engine.quotes, who, topic ?? undefined), f);
  if (hidden) return { payload: renderHidden(hidden), outcome: 'filtered-out' };
  // The filter joins the state only when set, so buttons on unfiltered answers keep their old form.
  const state = JSON.stringify(isFiltered(f) ? [who, topic, f] : [who, topic]);
  const payload = renderQuote(result, { page, pageId: ctx.pageIds.make('quote', state), titleOf: titleOf(ctx.engine) });
  if (!result.speaker) return { payload: { ...payload, ephemeral: true }, outcome: 'unknown-speaker' };
  return { payload, outcome: result.quotes.length > 0 ? 'answered' : 'no-quotes' };
}

/** A paging button: the state is the JSON [speaker, about] the first page was built from. */
export function page(ctx: CommandContext, state: string, pageNo: number): Rendered {
  let parsed: unknown;
  try {
    parsed = JSON.parse(state);
  } catch {
    parsed = null;
  }
  if (!Array.isArray(parsed) || typeof parsed[0] !== 'string') {
    return { payload: renderNotice(expired('quote'), true), outcome: 'expired' };
  }
  const f = parsed[2] && typeof parsed[2] === 'object' ? (parsed[2] as ArticleFilter) : NO_FILTER;
  return quoteReply(ctx, parsed[0], typeof parsed[1] === 'string' ? parsed[1] : null, pageNo, f);
}

/** What a page button reads from a server engine: the quotations of the speaker its state names. */
export function viewRequest(state: string): ViewRequest {
  try {
    const parsed: unknown = JSON.parse(state);
    return Array.isArray(parsed) && typeof parsed[0] === 'string' ? { speaker: parsed[0] } : {};
  } catch {
    return {};
  }
}

/** Replies directly: a registry lookup is fast, so no defer is needed. */
export async function execute(interaction: ChatInputCommandInteraction, ctx: CommandContext): Promise<Outcome> {
  const filtered = filterFrom(interaction, ctx.engine);
  if ('error' in filtered) {
    await interaction.reply(replyOptions(renderNotice(escapeMarkdown(filtered.error), true)));
    return 'bad-filter';
  }
  const { payload, outcome } = quoteReply(ctx, interaction.options.getString('speaker') ?? '', interaction.options.getString('about'), 0, filtered.filter);
  await interaction.reply(replyOptions(payload));
  return outcome;
}

/** Suggests speakers for the focused `speaker` option and outlets for `source`; other options get no suggestions. */
export async function autocomplete(interaction: AutocompleteInteraction, ctx: CommandContext): Promise<Outcome> {
  const outlet = await respondSource(interaction, ctx.engine);
  if (outlet !== null) return outlet;
  const focused = interaction.options.getFocused(true);
  const choices = focused.name === 'speaker' ? speakerChoices(ctx, String(focused.value)) : [];
  await interaction.respond(choices);
  return `${choices.length} choices`;
}
