import { SlashCommandBuilder, type ChatInputCommandInteraction } from 'discord.js';
import type { CommandContext, Outcome, Rendered } from '../src/bot/types.js';
import { replyOptions } from '../src/bot/send.js';
import { listSpeakers } from '../src/quotes/index.js';
import { renderHelp } from '../src/render/discord.js';

export const data = new SlashCommandBuilder().setName('help').setDescription('What I can do, with examples');

/** The help text, with examples from the loaded corpus; shown only to the asker. */
export function helpReply(ctx: CommandContext): Rendered {
  const speakers = listSpeakers(ctx.engine.quotes).filter((s) => s.quotes > 0).map((s) => s.name);
  return { payload: { ...renderHelp({ speakers, articles: ctx.engine.corpus.articles.length }), ephemeral: true }, outcome: 'answered' };
}

/** Replies directly: the reply is built from data already in memory, well inside the 3 s deadline. */
export async function execute(interaction: ChatInputCommandInteraction, ctx: CommandContext): Promise<Outcome> {
  const { payload, outcome } = helpReply(ctx);
  await interaction.reply(replyOptions(payload));
  return outcome;
}
