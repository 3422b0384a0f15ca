import type { AutocompleteInteraction, ChatInputCommandInteraction, SlashCommandBuilder } from 'discord.js';
import { isoDay, NO_FILTER, parseFilter, type ArticleFilter } from '../answer/filters.js';
import { listOutlets } from '../answer/sources.js';
import type { EngineView as Engine } from '../engine.js';
import { DISCORD_LIMITS as L } from '../render/limits.js';
import { truncate } from '../render/markdown.js';

/** Longest filter option accepted (Discord's limit for a choice value, which `source` is picked from). */
const FILTER_MAX = 100;

/** Adds the optional `since`, `until` and `source` options that /ask and /quote share. */
export function addFilterOptions<B extends Pick<SlashCommandBuilder, 'addStringOption'>>(b: B): B {
  b.addStringOption((o) => o.setName('since').setDescription('Only articles published on or after: YYYY-MM-DD, YYYY-MM or "last week"').setMaxLength(FILTER_MAX));
  b.addStringOption((o) => o.setName('until').setDescription('Only articles published on or before: YYYY-MM-DD, YYYY-MM or "last week"').setMaxLength(FILTER_MAX));
  b.addStringOption((o) => o.setName('source').setDescription('Only articles from this outlet: start typing and pick one').setMaxLength(FILTER_MAX).setAutocomplete(true));
  return b;
}

/** Today's date (UTC): relative dates like "last week" count back from it. Only the shells read the clock. */
const today = () => isoDay(new Date());

/** The filter an interaction's options give, or an error naming the option to fix. */
export function filterFrom(interaction: ChatInputCommandInteraction, engine: Engine): { filter: ArticleFilter } | { error: string } {
  const get = (name: string) => interaction.options.getString(name) ?? undefined;
  const input = { since: get('since'), until: get('until'), source: get('source') };
  if (!input.since && !input.until && !input.source) return { filter: NO_FILTER };
  return parseFilter(input, { today: today(), publishers: listOutlets(engine).map((o) => o.publisher) });
}

/** Outlets whose name holds what has been typed (all of them, most articles first, when nothing is): 'Anadolu Agency (3 articles)'. */
export function sourceChoices(engine: Engine, typed: string): { name: string; value: string }[] {
  const t = typed.trim().toLowerCase();
  return listOutlets(engine)
    .filter((o) => o.publisher.length <= L.choiceValue && o.publisher.toLowerCase().includes(t))
    .slice(0, L.autocompleteChoices)
    .map((o) => {
      const count = ` (${o.articles} article${o.articles === 1 ? '' : 's'})`;
      return { name: `${truncate(o.publisher, L.choiceName - count.length)}${count}`, value: o.publisher };
    });
}

/** Answers autocomplete for a focused `source` option; null when another option is focused. */
export async function respondSource(interaction: AutocompleteInteraction, engine: Engine): Promise<string | null> {
  const focused = interaction.options.getFocused(true);
  if (focused.name !== 'source') return null;
  const choices = sourceChoices(engine, String(focused.value));
  await interaction.respond(choices);
  return `${choices.length} choices`;
}
