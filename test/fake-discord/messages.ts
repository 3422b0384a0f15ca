/** The messages Discord stores for the bot, built from REST bodies and edits. */
import type { APIEmbed, APIMessage } from 'discord.js';
import type { World } from './payloads.js';

/** Embeds as Discord stores them from a body's `embeds` (each typed 'rich'); none when absent. */
function storedEmbeds(embeds: unknown): APIEmbed[] {
  return Array.isArray(embeds) ? (embeds as APIEmbed[]).map((e) => ({ type: 'rich' as APIEmbed['type'], ...e })) : [];
}

/** A body's `components` as stored; none when absent. */
function storedComponents(components: unknown): NonNullable<APIMessage['components']> {
  return Array.isArray(components) ? (components as NonNullable<APIMessage['components']>) : [];
}

/** The message object Discord stores for a bot-authored message built from a REST body. */
export function botMessage(
  world: World,
  body: Record<string, unknown>,
  where: { id: string; channelId: string; guildId?: string; type?: number; webhook?: boolean; flags?: number },
): APIMessage & { guild_id?: string } {
  const message: APIMessage & { guild_id?: string } = {
    id: where.id,
    type: where.type ?? 0,
    channel_id: where.channelId,
    author: world.botUser,
    content: typeof body.content === 'string' ? body.content : '',
    timestamp: new Date().toISOString(),
    edited_timestamp: null,
    tts: false,
    mention_everyone: false,
    mentions: [],
    mention_roles: [],
    attachments: [],
    embeds: storedEmbeds(body.embeds),
    pinned: false,
    flags: where.flags ?? (typeof body.flags === 'number' ? body.flags : 0),
    components: storedComponents(body.components),
  };
  if (where.guildId) message.guild_id = where.guildId;
  if (where.webhook) {
    message.webhook_id = world.applicationId;
    message.application_id = world.applicationId;
  }
  const ref = body.message_reference as { message_id?: string } | undefined;
  if (ref?.message_id) {
    message.type = 19;
    message.message_reference = { type: 0, message_id: ref.message_id, channel_id: where.channelId, ...(where.guildId ? { guild_id: where.guildId } : {}) };
  }
  return message;
}

/** Applies an edit (PATCH body or UPDATE_MESSAGE data) to a stored message: given fields replace. */
export function editMessage(message: APIMessage, body: Record<string, unknown>, loadingDone = true): APIMessage {
  const next: APIMessage = { ...message, edited_timestamp: new Date().toISOString() };
  if ('content' in body) next.content = typeof body.content === 'string' ? body.content : '';
  if ('embeds' in body) next.embeds = storedEmbeds(body.embeds);
  if ('components' in body) next.components = storedComponents(body.components);
  if (loadingDone) next.flags = (next.flags ?? 0) & ~128;
  return next;
}
