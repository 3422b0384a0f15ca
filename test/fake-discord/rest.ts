/**
 * The fake REST API under /api/v10: the routes a bot uses to answer interactions, post
 * messages and register commands. Every request is recorded; bodies are checked against
 * Discord's limits and rejected the way Discord would (400/404 with Discord's error codes).
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { APIMessage } from 'discord.js';
import { checkChoices, checkMessage, formErrorBody, isEmptyMessage, type FormError } from './limits.js';
import { createLog, type WaitableLog } from './log.js';
import { botMessage, channelById, dmChannel, editMessage, snowflake, type World } from './payloads.js';

export interface RecordedCall {
  method: string;
  /** The route without the `/api/v10` prefix, e.g. `/interactions/123/abc/callback`. */
  path: string;
  query: Record<string, string>;
  /** Parsed JSON body, or multipart's `payload_json`; null when there was none. */
  body: any;
  /** Names of files uploaded in a multipart body. */
  files: string[];
  /** Request headers, lower-cased (includes the bot's Authorization header). */
  headers: Record<string, string>;
  /** What the fake answered. */
  status: number;
  response: unknown;
  at: number;
}

/** What the fake remembers about an interaction it dispatched. */
export interface InteractionState {
  id: string;
  token: string;
  /** 2 command, 3 component, 4 autocomplete. */
  type: number;
  commandName?: string;
  /** The user who triggered it. */
  userId: string;
  channelId: string;
  guildId?: string;
  sentAt: number;
  /** The callback type the bot answered with (4, 5, 6, 7, 8 …), null while unanswered. */
  callbackType: number | null;
  callbackAt: number | null;
  /** Id of the message `@original` refers to, once there is one. */
  originalId: string | null;
  /** For component interactions: the message the button was on. */
  componentMessageId?: string;
  followupIds: string[];
}

export interface RestState {
  world: World;
  gatewayUrl: () => string;
  shards: number;
  /** Discord refuses an initial interaction response after 3 s; 0 disables the check. */
  interactionDeadlineMs: number;
  /** When set, requests authorised with another bot token get 401. */
  token?: string;
  /** false: accept any body without checking Discord's limits. */
  validate: boolean;
  calls: WaitableLog<RecordedCall>;
  problems: string[];
  interactions: Map<string, InteractionState>;
  messages: Map<string, APIMessage>;
  /** Registered commands per scope ('global' or a guild id). */
  commands: Map<string, Record<string, unknown>[]>;
  /**
   * Tells the gateway about a message the bot created or edited: Discord sends the bot
   * MESSAGE_CREATE/MESSAGE_UPDATE for its own visible messages too (ephemeral ones excepted).
   */
  echo: (t: 'MESSAGE_CREATE' | 'MESSAGE_UPDATE', message: APIMessage) => void;
}

export function createRestState(init: Omit<RestState, 'calls' | 'problems' | 'interactions' | 'messages' | 'commands' | 'echo'>): RestState {
  return {
    ...init,
    calls: createLog<RecordedCall>((c) => `${c.method} ${c.path} → ${c.status}`),
    problems: [],
    interactions: new Map(),
    messages: new Map(),
    commands: new Map(),
    echo: () => {},
  };
}

const isEphemeral = (message: APIMessage): boolean => ((message.flags ?? 0) & 64) !== 0;

interface Reply {
  status: number;
  body?: unknown;
}

const ok = (body: unknown): Reply => ({ status: 200, body });
const noContent: Reply = { status: 204 };
const error = (status: number, code: number, message: string): Reply => ({ status, body: { message, code } });
const formError = (errors: FormError[], prefix: (string | number)[] = []): Reply => ({ status: 400, body: formErrorBody(errors, prefix) });

async function readBody(req: IncomingMessage): Promise<{ body: unknown; files: string[] }> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  const raw = Buffer.concat(chunks);
  if (raw.length === 0) return { body: null, files: [] };
  const type = req.headers['content-type'] ?? '';
  if (type.startsWith('multipart/form-data')) {
    const form = await new Response(raw, { headers: { 'content-type': type } }).formData();
    const files: string[] = [];
    let body: unknown = null;
    for (const [key, value] of form) {
      if (key === 'payload_json' && typeof value === 'string') body = JSON.parse(value);
      else if (typeof value !== 'string') files.push(value.name);
    }
    return { body, files };
  }
  const text = raw.toString('utf8');
  try {
    return { body: JSON.parse(text), files: [] };
  } catch {
    return { body: text, files: [] };
  }
}

/** Handles one HTTP request: parse, route, record, answer. */
export async function handleRest(state: RestState, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const url = new URL(req.url ?? '/', 'http://127.0.0.1');
  const match = /^\/api\/v(\d+)(\/.*)$/.exec(url.pathname);
  const path = (match ? match[2]! : url.pathname).split('/').map(decodeURIComponent).join('/');
  const { body, files } = await readBody(req);
  const headers: Record<string, string> = {};
  for (const [k, v] of Object.entries(req.headers)) if (typeof v === 'string') headers[k] = v;
  const call: RecordedCall = {
    method: req.method ?? 'GET',
    path,
    query: Object.fromEntries(url.searchParams),
    body,
    files,
    headers,
    status: 0,
    response: undefined,
    at: Date.now(),
  };

  let reply: Reply;
  try {
    reply = match && match[1] === '10' ? route(state, call) : error(404, 0, '404: Not Found');
  } catch (err) {
    reply = error(500, 0, `fake-discord crashed: ${(err as Error).message}`);
  }
  if (reply.status >= 400) state.problems.push(`${call.method} ${url.pathname} → ${reply.status} ${JSON.stringify(reply.body)}`);
  call.status = reply.status;
  call.response = reply.body;
  state.calls.push(call);

  if (reply.body === undefined) {
    // Discord answers 204 with no body and no JSON content type; @discordjs/rest relies on that.
    res.writeHead(reply.status);
    res.end();
  } else {
    res.writeHead(reply.status, { 'content-type': 'application/json' });
    res.end(JSON.stringify(reply.body));
  }
}

function route(state: RestState, call: RecordedCall): Reply {
  const { world } = state;
  const seg = call.path.split('/').slice(1);
  const m = call.method;
  const is = (method: string, pattern: string): boolean => {
    const parts = pattern.split('/').slice(1);
    return m === method && parts.length === seg.length && parts.every((p, i) => p.startsWith(':') || p === seg[i]);
  };

  // Interaction callbacks and webhooks are authorised by their token, not the bot token.
  const tokenAuth = seg[0] === 'interactions' || seg[0] === 'webhooks';
  if (!tokenAuth) {
    const auth = call.headers.authorization;
    if (!auth || !auth.startsWith('Bot ') || (state.token !== undefined && auth !== `Bot ${state.token}`)) {
      return error(401, 0, '401: Unauthorized');
    }
  }

  if (is('GET', '/gateway')) return ok({ url: state.gatewayUrl() });
  if (is('GET', '/gateway/bot')) {
    return ok({
      url: state.gatewayUrl(),
      shards: state.shards,
      session_start_limit: { total: 1000, remaining: 1000, reset_after: 0, max_concurrency: 1 },
    });
  }
  if (is('GET', '/users/@me')) return ok(world.botUser);
  if (is('GET', '/applications/@me') || is('GET', '/oauth2/applications/@me')) return ok(application(world));
  if (is('POST', '/users/@me/channels')) {
    const recipient = String((call.body as { recipient_id?: unknown })?.recipient_id ?? '');
    return recipient ? ok(dmChannel(world, recipient)) : formError([{ path: ['recipient_id'], code: 'BASE_TYPE_REQUIRED', message: 'This field is required' }]);
  }

  // Command registration (deploy-commands).
  if (is('PUT', '/applications/:app/commands')) return putCommands(state, seg[1]!, 'global', call.body);
  if (is('PUT', '/applications/:app/guilds/:guild/commands')) return putCommands(state, seg[1]!, seg[3]!, call.body);
  if (is('GET', '/applications/:app/commands')) return ok(state.commands.get('global') ?? []);
  if (is('GET', '/applications/:app/guilds/:guild/commands')) return ok(state.commands.get(seg[3]!) ?? []);

  if (is('POST', '/interactions/:id/:token/callback')) return interactionCallback(state, seg[1]!, seg[2]!, call);

  // Interaction webhooks: @original and follow-ups.
  if (seg[0] === 'webhooks' && seg.length >= 3) {
    const [, appId, token] = seg as [string, string, string];
    const interaction = state.interactions.get(token);
    if (appId !== world.applicationId || !interaction) return error(404, 10015, 'Unknown Webhook');
    if (is('POST', '/webhooks/:app/:token')) return followup(state, interaction, call);
    if (seg[3] === 'messages' && seg.length === 5) {
      const messageId = seg[4] === '@original' ? interaction.originalId : interaction.followupIds.includes(seg[4]!) ? seg[4]! : null;
      const message = messageId ? state.messages.get(messageId) : undefined;
      if (!message) return error(404, 10008, 'Unknown Message');
      if (m === 'GET') return ok(message);
      if (m === 'DELETE') {
        state.messages.delete(message.id);
        return noContent;
      }
      if (m === 'PATCH') return edit(state, message, call.body);
    }
  }

  // Channels.
  if (seg[0] === 'channels' && seg[1]) {
    const channel = channelById(world, seg[1]);
    if (!channel) return error(404, 10003, 'Unknown Channel');
    if (is('GET', '/channels/:id')) return ok(channel);
    if (is('POST', '/channels/:id/typing')) return noContent;
    if (is('POST', '/channels/:id/messages')) return channelMessage(state, seg[1], call);
    if (seg[2] === 'messages' && seg.length === 4) {
      const message = state.messages.get(seg[3]!);
      if (!message || message.channel_id !== seg[1]) return error(404, 10008, 'Unknown Message');
      if (m === 'GET') return ok(message);
      if (m === 'DELETE') {
        state.messages.delete(message.id);
        return noContent;
      }
      if (m === 'PATCH') return edit(state, message, call.body);
    }
  }

  return error(404, 0, '404: Not Found');
}

function application(world: World) {
  return {
    id: world.applicationId,
    name: world.botUser.username,
    icon: null,
    description: '',
    bot_public: true,
    bot_require_code_grant: false,
    verify_key: '0'.repeat(64),
    flags: 0,
    team: null,
    summary: '',
    owner: { id: world.defaultUserId, username: 'owner', discriminator: '0', global_name: null, avatar: null },
    bot: world.botUser,
  };
}

function putCommands(state: RestState, appId: string, scope: string, body: unknown): Reply {
  if (appId !== state.world.applicationId) return error(404, 10002, 'Unknown Application');
  if (!Array.isArray(body)) return formError([{ path: [], code: 'BASE_TYPE_ARRAY', message: 'Must be an array.' }]);
  const errors: FormError[] = [];
  body.forEach((cmd: any, i) => {
    if (typeof cmd?.name !== 'string' || !/^[-_\p{L}\p{N}]{1,32}$/u.test(cmd.name) || cmd.name !== cmd.name.toLowerCase()) {
      errors.push({ path: [i, 'name'], code: 'APPLICATION_COMMAND_INVALID_NAME', message: 'Command name is invalid' });
    }
    if ((cmd?.type ?? 1) === 1 && (typeof cmd?.description !== 'string' || cmd.description.length < 1 || cmd.description.length > 100)) {
      errors.push({ path: [i, 'description'], code: 'BASE_TYPE_BAD_LENGTH', message: 'Must be between 1 and 100 in length.' });
    }
  });
  if (errors.length) return formError(errors);
  const previous = state.commands.get(scope) ?? [];
  const saved = body.map((cmd: Record<string, unknown>) => ({
    id: (previous.find((p) => p.name === cmd.name)?.id as string | undefined) ?? snowflake(),
    application_id: appId,
    version: snowflake(),
    type: 1,
    default_member_permissions: null,
    nsfw: false,
    ...(scope === 'global' ? {} : { guild_id: scope }),
    ...cmd,
  }));
  state.commands.set(scope, saved);
  return ok(saved);
}

const CALLBACKS_FOR: Record<number, number[]> = {
  2: [4, 5, 9], // application command
  3: [4, 5, 6, 7, 9], // message component
  4: [8], // autocomplete
  5: [4, 5, 6, 7], // modal submit
};

function interactionCallback(state: RestState, id: string, token: string, call: RecordedCall): Reply {
  const interaction = state.interactions.get(token);
  if (!interaction || interaction.id !== id) return error(404, 10062, 'Unknown interaction');
  if (interaction.callbackType !== null) return error(400, 40060, 'Interaction has already been acknowledged.');
  if (state.interactionDeadlineMs > 0 && call.at - interaction.sentAt > state.interactionDeadlineMs) {
    return error(404, 10062, 'Unknown interaction');
  }
  const body = (call.body ?? {}) as { type?: number; data?: Record<string, unknown> };
  const type = body.type ?? -1;
  if (!(CALLBACKS_FOR[interaction.type] ?? []).includes(type)) {
    return formError([{ path: ['type'], code: 'INTERACTION_RESPONSE_TYPE_INVALID', message: `Callback type ${type} is not valid for interaction type ${interaction.type}` }]);
  }
  const data = body.data ?? {};
  if (state.validate) {
    if (type === 4 || type === 7) {
      const errors = checkMessage(data);
      if (errors.length) return formError(errors, ['data']);
      if (type === 4 && isEmptyMessage(data, call.files.length > 0)) return error(400, 50006, 'Cannot send an empty message');
    }
    if (type === 8) {
      const errors = checkChoices(data);
      if (errors.length) return formError(errors);
    }
  }

  interaction.callbackType = type;
  interaction.callbackAt = call.at;
  const ephemeral = ((typeof data.flags === 'number' ? data.flags : 0) & 64) !== 0;
  const where = {
    channelId: interaction.channelId,
    ...(interaction.guildId ? { guildId: interaction.guildId } : {}),
    type: interaction.type === 2 ? 20 : 19,
    webhook: true,
  };
  let message: APIMessage | undefined;
  if (type === 4) {
    message = botMessage(state.world, data, { ...where, id: snowflake() });
  } else if (type === 5) {
    message = botMessage(state.world, {}, { ...where, id: snowflake(), flags: 128 | (ephemeral ? 64 : 0) });
  } else if ((type === 6 || type === 7) && interaction.componentMessageId) {
    const onto = state.messages.get(interaction.componentMessageId);
    message = onto && type === 7 ? editMessage(onto, data) : onto;
  }
  if (message) {
    if (type === 4 || type === 5) {
      message.interaction_metadata = {
        id: interaction.id,
        type: interaction.type as 2,
        user: state.world.users.get(interaction.userId)!,
        authorizing_integration_owners: {},
      };
    }
    state.messages.set(message.id, message);
    interaction.originalId = message.id;
    if (!isEphemeral(message) && type !== 6) state.echo(type === 7 ? 'MESSAGE_UPDATE' : 'MESSAGE_CREATE', message);
  }

  if (call.query.with_response !== 'true') return noContent;
  return ok({
    interaction: {
      id: interaction.id,
      type: interaction.type,
      ...(message ? { response_message_id: message.id, response_message_loading: type === 5, response_message_ephemeral: ephemeral } : {}),
    },
    ...(message && type !== 6 ? { resource: { type, message } } : { resource: { type } }),
  });
}

function followup(state: RestState, interaction: InteractionState, call: RecordedCall): Reply {
  if (interaction.callbackType === null) return error(404, 10015, 'Unknown Webhook');
  const body = (call.body ?? {}) as Record<string, unknown>;
  if (state.validate) {
    const errors = checkMessage(body);
    if (errors.length) return formError(errors);
    if (isEmptyMessage(body, call.files.length > 0)) return error(400, 50006, 'Cannot send an empty message');
  }
  const message = botMessage(state.world, body, {
    id: snowflake(),
    channelId: interaction.channelId,
    ...(interaction.guildId ? { guildId: interaction.guildId } : {}),
    type: 0,
    webhook: true,
  });
  state.messages.set(message.id, message);
  interaction.followupIds.push(message.id);
  if (!isEphemeral(message)) state.echo('MESSAGE_CREATE', message);
  return ok(message);
}

function edit(state: RestState, message: APIMessage, body: unknown): Reply {
  const patch = (body ?? {}) as Record<string, unknown>;
  if (state.validate) {
    const errors = checkMessage(patch);
    if (errors.length) return formError(errors);
  }
  const next = editMessage(message, patch);
  // An edit that leaves a message with nothing to show is rejected like an empty send.
  if (state.validate && isEmptyMessage(next, next.attachments.length > 0)) return error(400, 50006, 'Cannot send an empty message');
  state.messages.set(next.id, next);
  if (!isEphemeral(next)) state.echo('MESSAGE_UPDATE', next);
  return ok(next);
}

function channelMessage(state: RestState, channelId: string, call: RecordedCall): Reply {
  const body = (call.body ?? {}) as Record<string, unknown>;
  if (state.validate) {
    const errors = checkMessage(body);
    if (errors.length) return formError(errors);
    if (isEmptyMessage(body, call.files.length > 0)) return error(400, 50006, 'Cannot send an empty message');
  }
  const ref = body.message_reference as { message_id?: string; fail_if_not_exists?: boolean } | undefined;
  if (ref?.message_id && !state.messages.has(ref.message_id) && ref.fail_if_not_exists !== false) {
    return formError([{ path: ['message_reference'], code: 'MESSAGE_REFERENCE_UNKNOWN_MESSAGE', message: 'Unknown message' }]);
  }
  const guildId = channelId === state.world.channelId ? state.world.guildId : undefined;
  const message = botMessage(state.world, body, { id: snowflake(), channelId, ...(guildId ? { guildId } : {}) });
  state.messages.set(message.id, message);
  state.echo('MESSAGE_CREATE', message);
  return ok(message);
}
