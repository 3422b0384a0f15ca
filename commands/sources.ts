import { SlashCommandBuilder, type ChatInputCommandInteraction } from 'discord.js';
import { listSources } from '../src/answer/sources.js';
import type { CommandContext, Outcome, Rendered } from '../src/bot/types.js';
import { replyOptions } from '../src/bot/send.js';
import { renderSources } from '../src/render/discord.js';

export const data = new SlashCommandBuilder()
  .setName('sources')
  .setDescription('List every article I answer from, with publisher, date and link');

/** One page of the source list, from plain data. */
export function sourcesReply(ctx: CommandContext, page = 0): Rendered {
  return { payload: renderSources(listSources(ctx.engine), { page, pageId: ctx.pageIds.make('sources', '') }), outcome: 'answered' };
}

/** A paging button: the list has no state beyond the page. */
export function page(ctx: CommandContext, _state: string, pageNo: number): Rendered {
  return sourcesReply(ctx, pageNo);
}

/** Replies directly: the reply is built from data already in memory, well inside the 3 s deadline. */
export async function execute(interaction: ChatInputCommandInteraction, ctx: CommandContext): Promise<Outcome> {
  const { payload, outcome } = sourcesReply(ctx);
  await interaction.reply(replyOptions(payload));
  return outcome;
}
