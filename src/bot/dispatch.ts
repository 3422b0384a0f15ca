import { performance } from 'node:perf_hooks';
import type { ButtonInteraction, Interaction, Message } from 'discord.js';
import { answerQuestion } from '../../commands/ask.js';
import { renderNotice } from '../render/discord.js';
import type { Cooldown } from './cooldown.js';
import type { Logger } from './logger.js';
import { APOLOGY, expired, slowDown } from './notices.js';
import { editOptions, messageReplyOptions, replyOptions } from './send.js';
import type { EngineSource, ViewRequest } from '../engine.js';
import type { Command, CommandContext, Outcome } from './types.js';

/** What the event handlers need; built once in start.ts, passed explicitly so tests can build their own. */
export interface BotDeps {
  ctx: CommandContext;
  commands: ReadonlyMap<string, Command>;
  cooldown: Cooldown;
  log: Logger;
  /** A server engine (PostgreSQL): each interaction answers from a view fetched for it; without it, ctx.engine answers. */
  source?: EngineSource;
}

/** The context one interaction answers from: with a server engine, a view holding what `request` reads. */
async function contextFor(deps: BotDeps, request: ViewRequest): Promise<CommandContext> {
  return deps.source ? { ...deps.ctx, engine: await deps.source.view(request) } : deps.ctx;
}

/** Reply options for a short notice only the user who acted sees. */
function privateNotice(text: string) {
  return replyOptions(renderNotice(text, true));
}

function kindOf(i: Interaction): string {
  if (i.isAutocomplete()) return 'autocomplete';
  if (i.isChatInputCommand()) return 'command';
  if (i.isButton()) return 'button';
  return `type-${i.type}`;
}

/**
 * Handles one interaction: autocomplete, slash command or paging button. Never throws: a failure
 * is logged with the interaction's id and answered with a short ephemeral apology. Logs one line
 * per interaction with its command, latency and outcome.
 */
export async function handleInteraction(interaction: Interaction, deps: BotDeps): Promise<void> {
  const started = performance.now();
  const base = { interaction: interaction.id, kind: kindOf(interaction), user: interaction.user.id, guild: interaction.guildId ?? null };
  let command = '';
  let outcome: Outcome = 'ignored';
  try {
    if (interaction.isAutocomplete()) {
      command = interaction.commandName;
      const handler = deps.commands.get(command)?.autocomplete;
      outcome = handler ? await handler(interaction, await contextFor(deps, {})) : 'no-autocomplete';
      if (!handler) await interaction.respond([]);
    } else if (interaction.isChatInputCommand()) {
      command = interaction.commandName;
      const verdict = deps.cooldown.take(interaction.user.id);
      const handler = deps.commands.get(command);
      if (!verdict.ok) {
        await interaction.reply(privateNotice(slowDown(verdict)));
        outcome = 'cooldown';
      } else if (!handler) {
        // A command registered by an older deploy that this version no longer has.
        await interaction.reply(privateNotice(`I no longer know \`/${command}\`. See \`/help\` for what I can do.`));
        outcome = 'unknown-command';
      } else {
        const question = interaction.options.get('question')?.value;
        const speaker = interaction.options.get('speaker')?.value;
        const request = typeof question === 'string' ? { question } : typeof speaker === 'string' ? { speaker } : {};
        outcome = await handler.execute(interaction, await contextFor(deps, request));
      }
    } else if (interaction.isButton()) {
      const r = await handleButton(interaction, deps);
      command = r.command;
      outcome = r.outcome;
    }
  } catch (err) {
    outcome = 'error';
    deps.log.error({ ...base, command, err }, 'interaction failed');
    await apologize(interaction, deps.log);
  } finally {
    deps.log.info({ ...base, command, latencyMs: Math.round(performance.now() - started), outcome }, 'interaction');
  }
}

async function handleButton(interaction: ButtonInteraction, deps: BotDeps): Promise<{ command: string; outcome: Outcome }> {
  const parsed = deps.ctx.pageIds.parse(interaction.customId);
  const command = parsed.kind === 'unknown' ? 'button' : parsed.command;
  const verdict = deps.cooldown.take(interaction.user.id);
  if (!verdict.ok) {
    await interaction.reply(privateNotice(slowDown(verdict)));
    return { command, outcome: 'cooldown' };
  }
  const pager = parsed.kind === 'page' ? deps.commands.get(parsed.command)?.page : undefined;
  if (parsed.kind !== 'page' || !pager) {
    const known = parsed.kind !== 'unknown' && deps.commands.has(parsed.command) ? parsed.command : null;
    await interaction.reply(privateNotice(expired(known)));
    return { command, outcome: 'expired' };
  }
  const request = deps.commands.get(parsed.command)?.viewRequest?.(parsed.state) ?? {};
  const { payload, outcome } = pager(await contextFor(deps, request), parsed.state, parsed.page);
  // A notice (ephemeral) goes to the presser alone; a page replaces the message the button is on.
  if (payload.ephemeral) await interaction.reply(replyOptions(payload));
  else await interaction.update(editOptions(payload));
  return { command, outcome };
}

async function apologize(interaction: Interaction, log: Logger): Promise<void> {
  try {
    if (interaction.isAutocomplete()) {
      if (!interaction.responded) await interaction.respond([]);
      return;
    }
    if (!interaction.isRepliable()) return;
    const notice = renderNotice(APOLOGY, true);
    if (interaction.deferred && !interaction.replied) await interaction.editReply(editOptions(notice));
    else if (interaction.replied) await interaction.followUp(replyOptions(notice));
    else await interaction.reply(replyOptions(notice));
  } catch (err) {
    // The interaction may have expired (3 s) or Discord may be unreachable; nothing more to do.
    log.warn({ interaction: interaction.id, err }, 'could not send the apology');
  }
}

/** Mention tokens (<@id>, <@!id>, <@&role>, <#channel>) are not words of the question. */
export function questionFromMessage(content: string): string {
  return content.replace(/<(@[!&]?|#)\d+>/g, ' ').replace(/\s+/g, ' ').trim();
}

/**
 * Answers a message like /ask, as a reply to it: any DM, or a guild message that @mentions the
 * bot (the only guild messages whose content Discord delivers without the Message Content intent).
 */
export async function handleMessage(message: Message, botId: string, deps: BotDeps): Promise<void> {
  if (message.author.bot || message.system) return;
  const inDm = message.guildId === null;
  if (!inDm && !message.mentions.users.has(botId)) return;
  const started = performance.now();
  const base = { message: message.id, kind: inDm ? 'dm' : 'mention', user: message.author.id, guild: message.guildId };
  let outcome: Outcome = 'ignored';
  try {
    const verdict = deps.cooldown.take(message.author.id);
    if (!verdict.ok) {
      // One 'slow down' per flood; later messages in it are ignored rather than each costing a request.
      outcome = 'cooldown';
      if (verdict.firstRefusal) await message.reply(messageReplyOptions(renderNotice(slowDown(verdict))));
      return;
    }
    const question = questionFromMessage(message.content);
    const rendered =
      question === ''
        ? { payload: renderNotice(`Ask me a question after the mention, e.g. “<@${botId}> who announced the decision?”, or use \`/ask\`. \`/help\` lists everything I can do.`), outcome: 'empty' }
        : answerQuestion(await contextFor(deps, { question }), question);
    outcome = rendered.outcome;
    await message.reply(messageReplyOptions(rendered.payload));
  } catch (err) {
    outcome = 'error';
    deps.log.error({ ...base, err }, 'message answer failed');
    try {
      await message.reply(messageReplyOptions(renderNotice(APOLOGY)));
    } catch (again) {
      deps.log.warn({ ...base, err: again }, 'could not send the apology');
    }
  } finally {
    deps.log.info({ ...base, command: 'ask', latencyMs: Math.round(performance.now() - started), outcome }, 'message');
  }
}
