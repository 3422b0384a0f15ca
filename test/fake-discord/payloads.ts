/**
 * The fake Discord's world (one application, one guild with one text channel, some users)
 * and pure builders for the objects Discord sends about it at connection (READY, GUILD_CREATE);
 * interactions.ts builds what users do in it, messages.ts what Discord stores for the bot.
 * Shapes follow discord-api-types v10, so tsc checks the required fields for us.
 */
import { randomBytes } from 'node:crypto';
import type {
  ApplicationFlags,
  ChannelFlags,
  GuildMemberFlags,
  GuildSystemChannelFlags,
  RoleFlags,
  APIDMChannel,
  APIGuildMember,
  APIInteractionGuildMember,
  APIRole,
  APITextChannel,
  APIUser,
  GatewayGuildCreateDispatchData,
  GatewayReadyDispatchData,
} from 'discord.js';

/** Milliseconds since the Discord epoch (2015-01-01), the top bits of every snowflake. */
const DISCORD_EPOCH = 1420070400000n;
let increment = 0n;

/** A fresh, time-ordered snowflake, like the ones Discord mints for every object. */
export function snowflake(at: number = Date.now()): string {
  increment = (increment + 1n) % 4096n;
  return (((BigInt(at) - DISCORD_EPOCH) << 22n) | (1n << 17n) | increment).toString();
}

/** A random-looking interaction token (real ones are long opaque strings). */
export function interactionToken(): string {
  const secret = randomBytes(48).toString('base64url');
  return Buffer.from(`interaction:${snowflake()}:${secret}`).toString('base64url');
}

/** Every permission a bot typically holds in a text channel, as Discord's decimal string. */
export const ALL_TEXT_PERMISSIONS = '2248473465835073';
/** The permissions of an ordinary member: view, send, read history, use application commands. */
export const MEMBER_PERMISSIONS = '2147551296';

export interface World {
  applicationId: string;
  botUser: APIUser;
  guildId: string;
  guildName: string;
  /** The guild's text channel (type 0) where guild messages and interactions happen by default. */
  channelId: string;
  channelName: string;
  /** The @everyone role has the guild's id; members additionally get this role. */
  memberRoleId: string;
  /** The user who runs commands and writes messages unless a test says otherwise. */
  defaultUserId: string;
  users: Map<string, APIUser>;
  /** DM channel id per user id. */
  dmChannels: Map<string, string>;
}

export interface WorldOptions {
  applicationId?: string;
  botUsername?: string;
  guildId?: string;
  guildName?: string;
  channelId?: string;
  channelName?: string;
  defaultUserId?: string;
}

/** Builds the world the fake serves; ids are fixed so tests can hard-code them. */
export function createWorld(opts: WorldOptions = {}): World {
  const applicationId = opts.applicationId ?? '1100000000000000001';
  const botUser: APIUser = {
    id: applicationId,
    username: opts.botUsername ?? 'newsdesk',
    discriminator: '0',
    global_name: null,
    avatar: null,
    bot: true,
  };
  const defaultUserId = opts.defaultUserId ?? '1500000000000000001';
  const world: World = {
    applicationId,
    botUser,
    guildId: opts.guildId ?? '1200000000000000001',
    guildName: opts.guildName ?? 'Newsroom',
    channelId: opts.channelId ?? '1300000000000000001',
    channelName: opts.channelName ?? 'general',
    memberRoleId: '1400000000000000001',
    defaultUserId,
    users: new Map([[botUser.id, botUser]]),
    dmChannels: new Map(),
  };
  userFor(world, defaultUserId);
  return world;
}

/** The user with this id, created on first use with a name derived from the id. */
export function userFor(world: World, userId: string): APIUser {
  let user = world.users.get(userId);
  if (!user) {
    const suffix = userId.slice(-4);
    user = {
      id: userId,
      username: `reader${suffix}`,
      discriminator: '0',
      global_name: `Reader ${suffix}`,
      avatar: null,
    };
    world.users.set(userId, user);
  }
  return user;
}

/** The id of the DM channel between the bot and this user, created on first use. */
export function dmChannelFor(world: World, userId: string): string {
  let id = world.dmChannels.get(userId);
  if (!id) {
    id = snowflake();
    world.dmChannels.set(userId, id);
  }
  return id;
}

export function textChannel(world: World): APITextChannel {
  return {
    id: world.channelId,
    type: 0,
    guild_id: world.guildId,
    name: world.channelName,
    position: 0,
    permission_overwrites: [],
    nsfw: false,
    topic: null,
    last_message_id: null,
    rate_limit_per_user: 0,
    parent_id: null,
    flags: 0 as ChannelFlags,
  };
}

export function dmChannel(world: World, userId: string): APIDMChannel {
  return {
    id: dmChannelFor(world, userId),
    type: 1,
    recipients: [userFor(world, userId)],
    last_message_id: null,
    flags: 0 as ChannelFlags,
    name: null,
  };
}

/** Which channel an id names, if the fake knows it. */
export function channelById(world: World, channelId: string): APITextChannel | APIDMChannel | undefined {
  if (channelId === world.channelId) return textChannel(world);
  for (const [userId, id] of world.dmChannels) if (id === channelId) return dmChannel(world, userId);
  return undefined;
}

function roles(world: World): APIRole[] {
  const role = (id: string, name: string, position: number, permissions: string): APIRole => ({
    id,
    name,
    color: 0,
    colors: { primary_color: 0, secondary_color: null, tertiary_color: null },
    hoist: false,
    icon: null,
    unicode_emoji: null,
    position,
    permissions,
    managed: false,
    mentionable: false,
    flags: 0 as RoleFlags,
  });
  return [
    role(world.guildId, '@everyone', 0, MEMBER_PERMISSIONS),
    role(world.memberRoleId, 'Reporter', 1, MEMBER_PERMISSIONS),
  ];
}

/** A guild member object for a user holding these roles. */
export function guildMember(world: World, user: APIUser, roleIds: string[]): APIGuildMember {
  return {
    user,
    nick: null,
    avatar: null,
    banner: null,
    roles: roleIds,
    joined_at: new Date(Date.UTC(2024, 0, 1)).toISOString(),
    premium_since: null,
    deaf: false,
    mute: false,
    flags: 0 as GuildMemberFlags,
    pending: false,
    communication_disabled_until: null,
  };
}

/** The member object an interaction carries: a guild member plus their channel permissions. */
export function interactionMember(world: World, userId: string): APIInteractionGuildMember {
  return {
    ...guildMember(world, userFor(world, userId), [world.memberRoleId]),
    permissions: MEMBER_PERMISSIONS,
  };
}

/** Which shard receives the guild's events: (guild_id >> 22) % shard_count, as Discord routes them. */
export function guildShard(world: World, shardCount: number): number {
  return Number((BigInt(world.guildId) >> 22n) % BigInt(shardCount));
}

/** The READY dispatch: the shard's guilds start unavailable and are filled in by GUILD_CREATE. */
export function readyData(
  world: World,
  sessionId: string,
  resumeUrl: string,
  shard: [number, number],
): GatewayReadyDispatchData {
  return {
    v: 10,
    user: world.botUser,
    guilds: guildShard(world, shard[1]) === shard[0] ? [{ id: world.guildId, unavailable: true }] : [],
    session_id: sessionId,
    resume_gateway_url: resumeUrl,
    shard,
    application: { id: world.applicationId, flags: 0 as ApplicationFlags, flags_new: '0' },
  };
}

/** The GUILD_CREATE dispatch for the fake's only guild, with its channel, roles and the bot as member. */
export function guildCreateData(world: World): GatewayGuildCreateDispatchData {
  const members = [guildMember(world, world.botUser, [])];
  return {
    id: world.guildId,
    name: world.guildName,
    icon: null,
    splash: null,
    discovery_splash: null,
    banner: null,
    description: null,
    owner_id: world.defaultUserId,
    region: 'us-east',
    afk_channel_id: null,
    afk_timeout: 300,
    widget_enabled: false,
    widget_channel_id: null,
    verification_level: 0,
    default_message_notifications: 1,
    explicit_content_filter: 0,
    roles: roles(world),
    emojis: [],
    stickers: [],
    features: [],
    mfa_level: 0,
    application_id: null,
    system_channel_id: world.channelId,
    system_channel_flags: 0 as GuildSystemChannelFlags,
    rules_channel_id: null,
    public_updates_channel_id: null,
    safety_alerts_channel_id: null,
    max_presences: null,
    max_members: 500000,
    vanity_url_code: null,
    premium_tier: 0,
    premium_subscription_count: 0,
    preferred_locale: 'en-US' as GatewayGuildCreateDispatchData['preferred_locale'],
    max_video_channel_users: 25,
    max_stage_video_channel_users: 50,
    approximate_member_count: undefined,
    approximate_presence_count: undefined,
    nsfw_level: 0,
    premium_progress_bar_enabled: false,
    hub_type: null,
    incidents_data: null,
    joined_at: new Date(Date.UTC(2024, 0, 1)).toISOString(),
    large: false,
    unavailable: false,
    member_count: 2,
    voice_states: [],
    members,
    channels: [textChannel(world)],
    threads: [],
    presences: [],
    stage_instances: [],
    guild_scheduled_events: [],
    soundboard_sounds: [],
  };
}
