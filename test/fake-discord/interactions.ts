/**
 * What users do in the fake's world, as Discord sends it: slash commands, autocomplete, button
 * presses and messages (INTERACTION_CREATE and MESSAGE_CREATE data).
 */
import type {
  APIApplicationCommandAutocompleteInteraction,
  APIApplicationCommandInteractionDataOption,
  APIChatInputApplicationCommandInteraction,
  APIMessage,
  APIMessageComponentButtonInteraction,
  APIUser,
  GatewayMessageCreateDispatchData,
  MessageFlags,
} from 'discord.js';
import type { OptionInput } from './types.js';
import { ALL_TEXT_PERMISSIONS, dmChannel, dmChannelFor, guildMember, interactionMember, textChannel, userFor, type World } from './payloads.js';

/** Where an interaction or message happens: the guild's text channel (default) or a DM with the user. */
export interface Place {
  userId?: string;
  /** true (default): in the guild's text channel; false: in the user's DM with the bot. */
  guild?: boolean;
}

function interactionBase(world: World, place: Place, id: string, token: string) {
  const userId = place.userId ?? world.defaultUserId;
  const inGuild = place.guild ?? true;
  const common = {
    id,
    application_id: world.applicationId,
    token,
    version: 1 as const,
    app_permissions: ALL_TEXT_PERMISSIONS,
    locale: 'en-US' as APIChatInputApplicationCommandInteraction['locale'],
    entitlements: [],
    attachment_size_limit: 10 * 1024 * 1024,
  };
  if (inGuild) {
    return {
      ...common,
      guild_id: world.guildId,
      guild: { id: world.guildId, locale: 'en-US' as APIChatInputApplicationCommandInteraction['locale'], features: [] },
      guild_locale: 'en-US' as APIChatInputApplicationCommandInteraction['locale'],
      channel: textChannel(world),
      channel_id: world.channelId,
      member: interactionMember(world, userId),
      authorizing_integration_owners: { '0': world.guildId },
      context: 0,
    };
  }
  return {
    ...common,
    channel: dmChannel(world, userId),
    channel_id: dmChannelFor(world, userId),
    user: userFor(world, userId),
    authorizing_integration_owners: { '0': '0' },
    context: 1,
  };
}

/**
 * INTERACTION_CREATE for a command: type 2 runs a chat-input (slash) command; type 4 asks for
 * autocomplete, with the same command data and one option carrying `focused: true`.
 */
export function commandInteraction(
  world: World,
  type: 2 | 4,
  commandId: string,
  name: string,
  options: APIApplicationCommandInteractionDataOption[],
  place: Place,
  id: string,
  token: string,
): APIChatInputApplicationCommandInteraction | APIApplicationCommandAutocompleteInteraction {
  return {
    ...interactionBase(world, place, id, token),
    type,
    data: { id: commandId, name, type: 1, options },
  } as APIChatInputApplicationCommandInteraction | APIApplicationCommandAutocompleteInteraction;
}

/** INTERACTION_CREATE for a button press on `message`. */
export function buttonInteraction(
  world: World,
  customId: string,
  message: APIMessage,
  place: Place,
  id: string,
  token: string,
): APIMessageComponentButtonInteraction {
  return {
    ...interactionBase(world, place, id, token),
    type: 3,
    data: { custom_id: customId, component_type: 2 },
    message,
  } as APIMessageComponentButtonInteraction;
}

export interface UserMessageInput {
  content: string;
  /** Users the message @mentions (pass `fake.botUser` for a mention of the bot). */
  mentions?: APIUser[];
  authorId?: string;
  /** Defaults to the guild's text channel, or the author's DM channel when `guild` is false. */
  channelId?: string;
  guild?: boolean;
  /** Prefix the content with `<@bot>` and add the bot to `mentions` (handled by `fake.sendMessage`). */
  mentionBot?: boolean;
}

/** MESSAGE_CREATE data for a message a user wrote (guild messages carry a partial member). */
export function userMessage(world: World, input: UserMessageInput, id: string): GatewayMessageCreateDispatchData {
  const authorId = input.authorId ?? world.defaultUserId;
  const author = userFor(world, authorId);
  const inGuild = input.guild ?? true;
  const message: GatewayMessageCreateDispatchData = {
    id,
    type: 0,
    channel_id: input.channelId ?? (inGuild ? world.channelId : dmChannelFor(world, authorId)),
    // discord.js needs channel_type to build an uncached DM channel (with Partials.Channel).
    channel_type: inGuild ? 0 : 1,
    author,
    content: input.content,
    timestamp: new Date().toISOString(),
    edited_timestamp: null,
    tts: false,
    mention_everyone: false,
    mentions: input.mentions ?? [],
    mention_roles: [],
    attachments: [],
    embeds: [],
    pinned: false,
    flags: 0 as MessageFlags,
    components: [],
  };
  if (inGuild) {
    const { user: _user, ...member } = guildMember(world, author, [world.memberRoleId]);
    message.guild_id = world.guildId;
    message.member = member;
  }
  return message;
}

const OPTION_TYPE_FOR = (value: unknown): number =>
  typeof value === 'boolean' ? 5 : typeof value === 'number' ? (Number.isInteger(value) ? 4 : 10) : 3;

/** Command options as Discord sends them, from the shorthand tests write. */
export function toApiOptions(options: OptionInput[]): APIApplicationCommandInteractionDataOption[] {
  return options.map((o) => {
    const type = o.type ?? (o.options ? 1 : OPTION_TYPE_FOR(o.value));
    if (type === 1 || type === 2) return { name: o.name, type, options: toApiOptions(o.options ?? []) } as APIApplicationCommandInteractionDataOption;
    return { name: o.name, type, value: o.value, ...(o.focused ? { focused: true } : {}) } as APIApplicationCommandInteractionDataOption;
  });
}
