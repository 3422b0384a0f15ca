/** The fake Discord as tests drive it: its options, what they type, and what it offers. */
import type { APIMessage, APIUser } from 'discord.js';
import type { DropOptions, GatewayConnection, GatewayReceived, IdentifyRecord, ResumeRecord, WithheldDispatch } from './gateway.js';
import type { Place, UserMessageInput } from './interactions.js';
import type { World, WorldOptions } from './payloads.js';
import type { InteractionState, RecordedCall } from './rest.js';

export interface FakeDiscordOptions extends WorldOptions {
  /** Shard count reported by GET /gateway/bot (default 1). */
  shards?: number;
  /** heartbeat_interval in HELLO (default 41250, Discord's usual). */
  heartbeatIntervalMs?: number;
  /** Initial interaction responses later than this get 404 Unknown interaction, as on Discord (default 3000; 0 = off). */
  interactionDeadlineMs?: number;
  /** Check message bodies against Discord's limits and reject violations (default true). */
  validate?: boolean;
  /** Only accept this bot token (REST 401 / gateway close 4004 otherwise). Default: accept any. */
  token?: string;
}

/** A command option as a test writes it; `type` is inferred from `value` when omitted. */
export interface OptionInput {
  name: string;
  /** ApplicationCommandOptionType: 1 subcommand, 3 string, 4 integer, 5 boolean, 10 number … */
  type?: number;
  value?: string | number | boolean;
  focused?: boolean;
  options?: OptionInput[];
}

/** Identifies a dispatched interaction; use it to find the bot's replies. */
export interface InteractionHandle {
  id: string;
  token: string;
  channelId: string;
  sentAt: number;
}

export interface FakeDiscord {
  /** Give this to discord.js: `new Client({ rest: { api: fake.apiUrl } })` (discord.js appends `/v10`). */
  readonly apiUrl: string;
  /** The gateway URL GET /gateway/bot hands out (also the resume URL). */
  readonly gatewayUrl: string;
  readonly world: World;
  readonly botUser: APIUser;
  readonly applicationId: string;
  readonly guildId: string;
  readonly channelId: string;
  readonly defaultUserId: string;
  /** Every REST request, in arrival order. */
  readonly calls: RecordedCall[];
  /** Every request the fake answered with an error (4xx/5xx), as one line each: empty means Discord accepted everything. */
  readonly problems: string[];
  readonly gateway: {
    /** Payloads the client sent (op 1 heartbeat, 2 identify, 6 resume …). */
    received: GatewayReceived[];
    connections: GatewayConnection[];
    identifies: IdentifyRecord[];
    resumes: ResumeRecord[];
    /** Dispatches Discord would not deliver for lack of an intent. */
    withheld: WithheldDispatch[];
  };
  /** Resolves with the first REST call (past or future) matching `predicate`. */
  waitForCall(predicate: (call: RecordedCall) => boolean, timeoutMs?: number): Promise<RecordedCall>;
  /** Resolves with the first gateway payload from the client (past or future) matching `predicate`. */
  waitForGateway(predicate: (payload: GatewayReceived) => boolean, timeoutMs?: number): Promise<GatewayReceived>;
  /** Dispatches INTERACTION_CREATE for `/name` (type 2). */
  sendSlashCommand(name: string, options?: OptionInput[], place?: Place): InteractionHandle;
  /** Dispatches an autocomplete interaction (type 4); mark the typed option `focused: true`. */
  sendAutocomplete(name: string, options: OptionInput[], place?: Place): InteractionHandle;
  /**
   * Dispatches a button press (type 3). `message` is the message carrying the button (an object or the id
   * of a message the fake stored); by default the newest stored message with a component of that custom id.
   */
  sendButton(customId: string, message?: APIMessage | string, place?: Place): InteractionHandle;
  /**
   * Dispatches MESSAGE_CREATE for a user's message (guild channel by default, DM with `guild: false`) and stores it.
   * `mentionBot: true` prefixes the content with `<@bot>` and lists the bot in `mentions`, as Discord does for an @mention.
   * Honours intents like Discord: no GuildMessages/DirectMessages → not delivered (see gateway.withheld);
   * no MessageContent → guild messages that do not mention the bot arrive with empty content.
   */
  sendMessage(input: UserMessageInput): APIMessage;
  /** Sends any dispatch on the shard's session (missed dispatches are replayed on RESUME). Returns its seq. */
  dispatch(t: string, d: unknown, shardId?: number): number;
  /** REST calls that answer this interaction: its callback, @original edits, follow-ups. */
  callsFor(handle: InteractionHandle): RecordedCall[];
  /** Resolves with this interaction's callback (POST /interactions/{id}/{token}/callback). */
  waitForCallback(handle: InteractionHandle, timeoutMs?: number): Promise<RecordedCall>;
  /** The interaction's @original message as a user would now see it (after edits), if any. */
  originalMessage(handle: InteractionHandle): APIMessage | undefined;
  /** Follow-up messages sent for the interaction, oldest first. */
  followups(handle: InteractionHandle): APIMessage[];
  interaction(handle: InteractionHandle): InteractionState | undefined;
  /** A stored message (user-written, bot-posted or interaction response) by id. */
  message(id: string): APIMessage | undefined;
  /** Messages stored for a channel, oldest first. */
  messagesIn(channelId: string): APIMessage[];
  /** The DM channel id between the bot and a user. */
  dmChannelId(userId?: string): string;
  /** Closes the client's gateway socket(s); by default resumably with code 4000. Returns how many were closed. */
  dropConnection(opts?: DropOptions): number;
  /** Sends op 7 RECONNECT (Discord asking the client to reconnect and resume). */
  requestReconnect(): void;
  /** Changes how late an initial interaction response may be before Discord answers 10062 (0 = no limit). */
  setInteractionDeadline(ms: number): void;
  /** Stops both servers and closes every socket. */
  close(): Promise<void>;
}
