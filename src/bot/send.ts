import {
  MessageFlags,
  type InteractionEditReplyOptions,
  type InteractionReplyOptions,
  type InteractionUpdateOptions,
  type MessageReplyOptions,
} from 'discord.js';
import type { ReplyPayload } from '../render/payload.js';

// render/ builds plain Discord JSON without importing discord.js; its button union is looser
// than discord-api-types' (style decides whether url or custom_id is set), so it is cast once here.
type Components = NonNullable<InteractionReplyOptions['components']>;

/** What every kind of send carries alike: embeds, buttons and the payload's no-ping mentions. */
function common(p: ReplyPayload) {
  return { embeds: p.embeds, components: p.components as unknown as Components, allowedMentions: p.allowedMentions };
}

/** Options for a first reply; an ephemeral payload becomes the Ephemeral flag. */
export function replyOptions(p: ReplyPayload): InteractionReplyOptions & { flags?: MessageFlags.Ephemeral } {
  return {
    ...(p.content !== undefined ? { content: p.content } : {}),
    ...common(p),
    ...(p.ephemeral ? { flags: MessageFlags.Ephemeral } : {}),
  };
}

/**
 * Options that replace a message (editReply after a defer, update on a button press). Content is
 * always sent, as '' when the payload has none, so text from the previous page does not linger.
 */
export function editOptions(p: ReplyPayload): InteractionEditReplyOptions & InteractionUpdateOptions {
  return { content: p.content ?? '', ...common(p) };
}

/** Options for answering a user's message (a mention or a DM) as a reply to it. */
export function messageReplyOptions(p: ReplyPayload): MessageReplyOptions {
  return {
    ...(p.content !== undefined ? { content: p.content } : {}),
    ...common(p),
    // The asker is not pinged by the reply either; they see it in the thread of their message.
    allowedMentions: { ...p.allowedMentions, repliedUser: false },
    failIfNotExists: false,
  };
}
