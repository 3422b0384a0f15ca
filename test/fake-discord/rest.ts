/**
 * The fake REST API under /api/v10: the routes a bot uses to answer interactions, post
 * messages and register commands. Every request is recorded; bodies are checked against
 * Discord's limits and rejected the way Discord would (400/404 with Discord's error codes).
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { APIMessage } from 'discord.js';
import { createLog, type WaitableLog } from './log.js';
import { channelById, dmChannel, type World } from './payloads.js';
import { application, channelMessage, edit, error, followup, formError, interactionCallback, noContent, ok, putCommands, type Reply } from './rest-handlers.js';

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
