/**
 * The fake gateway: HELLO on connect, IDENTIFY → READY + GUILD_CREATE, heartbeat ACKs,
 * RESUME → replay of missed dispatches + RESUMED, and sessions that outlive their sockets
 * so a dropped connection can resume. JSON encoding only, no zlib-stream (discord.js only asks
 * for compression when the optional zlib-sync package is installed).
 */
import { randomBytes } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { WebSocket, type WebSocketServer } from 'ws';
import { createLog, type WaitableLog } from './log.js';
import { guildCreateData, guildShard, readyData, type World } from './payloads.js';

/** A payload the client sent us, in arrival order. */
export interface GatewayReceived {
  op: number;
  d: unknown;
  /** Which socket (1-based, in connection order) it arrived on. */
  connection: number;
  at: number;
}

export interface GatewayConnection {
  id: number;
  /** The query string the client connected with, e.g. {v: '10', encoding: 'json'}. */
  query: Record<string, string>;
  openedAt: number;
  closedAt: number | null;
  closeCode: number | null;
}

export interface IdentifyRecord {
  token: string;
  intents: number;
  shard: [number, number];
  sessionId: string;
  connection: number;
}

export interface ResumeRecord {
  sessionId: string;
  seq: number;
  /** How many missed dispatches were replayed; -1 when the resume was refused (op 9). */
  replayed: number;
  connection: number;
}

export interface WithheldDispatch {
  t: string;
  reason: string;
}

interface Dispatched {
  s: number;
  t: string;
  d: unknown;
}

interface Session {
  id: string;
  shard: [number, number];
  intents: number;
  seq: number;
  /** Every dispatch of the session, so a RESUME can replay what the client missed. */
  sent: Dispatched[];
  socket: WebSocket | null;
}

export interface GatewayOptions {
  heartbeatIntervalMs: number;
  /** When set, IDENTIFY/RESUME with another token is closed with 4004 (authentication failed). */
  token?: string;
}

export interface Gateway {
  received: WaitableLog<GatewayReceived>;
  connections: GatewayConnection[];
  identifies: IdentifyRecord[];
  resumes: ResumeRecord[];
  withheld: WithheldDispatch[];
  /** Sends a dispatch on the shard's current session (buffered for replay if its socket is down). Returns its seq. */
  dispatch(t: string, d: unknown, shardId?: number): number;
  /** Intents the shard's current session identified with (undefined before any IDENTIFY). */
  intents(shardId?: number): number | undefined;
  drop(opts?: DropOptions): number;
  /** Sends op 7 RECONNECT: the client should close and resume. */
  requestReconnect(): void;
  close(): void;
}

export interface DropOptions {
  /** Close code sent to the client; default 4000 (unknown error → discord.js resumes). */
  code?: number;
  /** Kill the TCP socket without a close frame (the client sees 1006) instead of a clean close. */
  abrupt?: boolean;
  /** false: also forget the sessions, so the client's RESUME gets op 9 and it must IDENTIFY again. */
  resumable?: boolean;
}

const OP = { dispatch: 0, heartbeat: 1, identify: 2, presence: 3, voice: 4, resume: 6, reconnect: 7, requestMembers: 8, invalidSession: 9, hello: 10, ack: 11 } as const;

/** Wires the gateway protocol onto a ws server; `url()` is the public ws URL (also the resume URL). */
export function createGateway(wss: WebSocketServer, world: World, opts: GatewayOptions, url: () => string): Gateway {
  const received = createLog<GatewayReceived>((r) => `op ${r.op} on connection ${r.connection}`);
  const connections: GatewayConnection[] = [];
  const identifies: IdentifyRecord[] = [];
  const resumes: ResumeRecord[] = [];
  const withheld: WithheldDispatch[] = [];
  /** The latest session per shard id; older sessions are kept only while resumable. */
  const sessions = new Map<string, Session>();
  const current = new Map<number, Session>();

  const send = (socket: WebSocket, payload: unknown) => {
    if (socket.readyState === WebSocket.OPEN) socket.send(JSON.stringify(payload));
  };

  const sendDispatch = (session: Session, t: string, d: unknown): number => {
    session.seq += 1;
    const event = { s: session.seq, t, d };
    session.sent.push(event);
    if (session.socket) send(session.socket, { op: OP.dispatch, ...event });
    return session.seq;
  };

  wss.on('connection', (socket: WebSocket, req: IncomingMessage) => {
    const query = Object.fromEntries(new URL(req.url ?? '/', 'ws://x').searchParams);
    const conn: GatewayConnection = { id: connections.length + 1, query, openedAt: Date.now(), closedAt: null, closeCode: null };
    connections.push(conn);
    let session: Session | null = null;

    if ((query.encoding && query.encoding !== 'json') || query.compress) {
      // We only speak plain JSON; refusing loudly beats a client silently failing to decode.
      socket.close(4002, 'fake-discord speaks only uncompressed JSON');
      return;
    }

    socket.on('close', (code) => {
      conn.closedAt = Date.now();
      conn.closeCode = code;
      if (session && session.socket === socket) session.socket = null;
    });
    socket.on('error', () => {
      /* an abrupt client disconnect; the close handler does the bookkeeping */
    });

    socket.on('message', (raw) => {
      let payload: { op?: unknown; d?: unknown };
      try {
        payload = JSON.parse(raw.toString());
      } catch {
        socket.close(4002, 'Error while decoding payload.');
        return;
      }
      const op = typeof payload.op === 'number' ? payload.op : -1;
      received.push({ op, d: payload.d, connection: conn.id, at: Date.now() });
      const d = (payload.d ?? {}) as Record<string, unknown>;

      switch (op) {
        case OP.heartbeat:
          send(socket, { op: OP.ack, d: null, s: null, t: null });
          return;
        case OP.identify: {
          if (session) return void socket.close(4005, 'Already authenticated.');
          if (opts.token !== undefined && d.token !== opts.token) return void socket.close(4004, 'Authentication failed.');
          const shard = (Array.isArray(d.shard) ? d.shard : [0, 1]) as [number, number];
          session = {
            id: randomBytes(16).toString('hex'),
            shard,
            intents: typeof d.intents === 'number' ? d.intents : 0,
            seq: 0,
            sent: [],
            socket,
          };
          sessions.set(session.id, session);
          current.set(shard[0], session);
          identifies.push({ token: String(d.token), intents: session.intents, shard, sessionId: session.id, connection: conn.id });
          sendDispatch(session, 'READY', readyData(world, session.id, url(), shard));
          // Without the Guilds intent Discord sends no GUILD_CREATE; discord.js then waits out waitGuildTimeout.
          if (guildShard(world, shard[1]) === shard[0] && (session.intents & 1) !== 0) sendDispatch(session, 'GUILD_CREATE', guildCreateData(world));
          return;
        }
        case OP.resume: {
          const wanted = sessions.get(String(d.session_id));
          const seq = typeof d.seq === 'number' ? d.seq : 0;
          if (opts.token !== undefined && d.token !== opts.token) return void socket.close(4004, 'Authentication failed.');
          if (!wanted || seq > wanted.seq) {
            resumes.push({ sessionId: String(d.session_id), seq, replayed: -1, connection: conn.id });
            send(socket, { op: OP.invalidSession, d: false, s: null, t: null });
            return;
          }
          if (wanted.socket && wanted.socket !== socket) wanted.socket.terminate();
          session = wanted;
          session.socket = socket;
          const missed = session.sent.filter((e) => e.s > seq);
          for (const e of missed) send(socket, { op: OP.dispatch, ...e });
          resumes.push({ sessionId: session.id, seq, replayed: missed.length, connection: conn.id });
          sendDispatch(session, 'RESUMED', null);
          return;
        }
        case OP.presence:
        case OP.voice:
        case OP.requestMembers:
          if (!session) socket.close(4003, 'Not authenticated.');
          return;
        default:
          socket.close(4001, 'Unknown opcode.');
      }
    });

    send(socket, { op: OP.hello, d: { heartbeat_interval: opts.heartbeatIntervalMs }, s: null, t: null });
  });

  return {
    received,
    connections,
    identifies,
    resumes,
    withheld,
    dispatch(t, d, shardId = 0) {
      const session = current.get(shardId);
      if (!session) throw new Error(`fake-discord: no gateway session for shard ${shardId} yet; wait for the client to be ready before dispatching ${t}`);
      return sendDispatch(session, t, d);
    },
    intents(shardId = 0) {
      return current.get(shardId)?.intents;
    },
    drop({ code = 4000, abrupt = false, resumable = true } = {}) {
      let closed = 0;
      for (const session of new Set(current.values())) {
        const socket = session.socket;
        session.socket = null;
        if (!resumable) sessions.delete(session.id);
        if (!socket) continue;
        closed += 1;
        if (abrupt) socket.terminate();
        else socket.close(code, 'fake-discord dropped the connection');
      }
      return closed;
    },
    requestReconnect() {
      for (const session of current.values()) if (session.socket) send(session.socket, { op: OP.reconnect, d: null, s: null, t: null });
    },
    close() {
      received.cancel('closed');
      for (const client of wss.clients) client.terminate();
      sessions.clear();
      current.clear();
    },
  };
}
