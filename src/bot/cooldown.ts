/**
 * A per-user sliding-window rate limit: at most `limit` actions per `windowMs`. A flood gets one
 * 'slow down' (firstRefusal) and is then ignored where ignoring is allowed (mentions), instead of
 * every message costing a request against Discord's own rate limits.
 */
export interface Cooldown {
  take(userId: string, now?: number): CooldownVerdict;
}

export type CooldownVerdict = { ok: true } | { ok: false; retryInMs: number; firstRefusal: boolean };

export interface CooldownOptions {
  limit: number;
  windowMs: number;
}

/** Default: five commands per ten seconds per user. */
export const DEFAULT_COOLDOWN: CooldownOptions = { limit: 5, windowMs: 10_000 };

interface Entry {
  times: number[];
  refused: boolean;
}

/** Creates a cooldown; memory stays bounded because idle users are swept out. */
export function createCooldown(opts: CooldownOptions = DEFAULT_COOLDOWN): Cooldown {
  const users = new Map<string, Entry>();
  let lastSweep = 0;
  return {
    take(userId, now = Date.now()) {
      if (now - lastSweep > opts.windowMs) {
        lastSweep = now;
        for (const [id, e] of users) if (e.times.every((t) => now - t >= opts.windowMs)) users.delete(id);
      }
      const entry = users.get(userId) ?? { times: [], refused: false };
      entry.times = entry.times.filter((t) => now - t < opts.windowMs);
      users.set(userId, entry);
      if (entry.times.length < opts.limit) {
        entry.times.push(now);
        entry.refused = false;
        return { ok: true };
      }
      const firstRefusal = !entry.refused;
      entry.refused = true;
      return { ok: false, retryInMs: opts.windowMs - (now - entry.times[0]!), firstRefusal };
    },
  };
}
