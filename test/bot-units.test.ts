/** Unit tests of the bot shell's plain-data parts: paging ids, cooldown, mention parsing. */
import { describe, expect, it } from 'vitest';
import { createCooldown } from '../src/bot/cooldown.js';
import { questionFromMessage } from '../src/bot/dispatch.js';
import { expired, slowDown } from '../src/bot/notices.js';
import { createPageIds } from '../src/bot/page-ids.js';

describe('paging custom ids', () => {
  it('carries a short question inline, so the button works after a restart', () => {
    const id = createPageIds().make('ask', 'who signed the deal?')(2);
    expect(id).toBe('ask:2:who signed the deal?');
    // A fresh codec (a restarted bot) still understands it.
    expect(createPageIds().parse(id)).toEqual({ kind: 'page', command: 'ask', page: 2, state: 'who signed the deal?' });
  });

  it('keeps every id within Discord’s 100 characters, hashing long state', () => {
    const ids = createPageIds();
    const long = `why ${'very '.repeat(60)}long?`;
    const make = ids.make('ask', long);
    for (const page of [-1, 0, 1, 99]) {
      const id = make(page);
      expect(id.length).toBeLessThanOrEqual(100);
      expect(ids.parse(id)).toEqual({ kind: 'page', command: 'ask', page, state: long });
    }
    // Different pages of one reply get different ids (Discord rejects duplicates in a message).
    expect(make(0)).not.toBe(make(1));
  });

  it('says a hashed id expired once the process forgot it (restart or eviction)', () => {
    const long = 'q'.repeat(150);
    const id = createPageIds().make('quote', long)(1);
    expect(createPageIds().parse(id)).toEqual({ kind: 'expired', command: 'quote' });

    const small = createPageIds(2);
    const first = small.make('ask', 'a'.repeat(120))(1);
    small.make('ask', 'b'.repeat(120))(1);
    small.make('ask', 'c'.repeat(120))(1);
    expect(small.parse(first)).toEqual({ kind: 'expired', command: 'ask' });
  });

  it('treats foreign or malformed ids as unknown', () => {
    const ids = createPageIds();
    for (const id of ['', 'page:2', 'ASK:1:x', 'ask:x:y', 'ask:1', 'ask:12345:x']) expect(ids.parse(id)).toEqual({ kind: 'unknown' });
    // State may hold ':' and '#'; only the separator after the page counts.
    expect(ids.parse('ask:0:a:b#c')).toEqual({ kind: 'page', command: 'ask', page: 0, state: 'a:b#c' });
  });
});

describe('cooldown', () => {
  it('allows `limit` actions per window, then refuses with the wait, warning once', () => {
    const cd = createCooldown({ limit: 3, windowMs: 10_000 });
    expect([0, 1, 2].map((t) => cd.take('u', t).ok)).toEqual([true, true, true]);
    expect(cd.take('u', 3)).toEqual({ ok: false, retryInMs: 9_997, firstRefusal: true });
    expect(cd.take('u', 4)).toMatchObject({ ok: false, firstRefusal: false });
    // Other users are unaffected.
    expect(cd.take('v', 5).ok).toBe(true);
    // Once the oldest action leaves the window, one more is allowed and the warning re-arms.
    expect(cd.take('u', 10_000).ok).toBe(true);
    expect(cd.take('u', 10_000)).toMatchObject({ ok: false, firstRefusal: true });
  });

  it('words the refusal in whole seconds, never "0 s"', () => {
    expect(slowDown({ ok: false, retryInMs: 9_997, firstRefusal: true })).toBe('Slow down a little: try again in 10 s.');
    expect(slowDown({ ok: false, retryInMs: 3, firstRefusal: true })).toBe('Slow down a little: try again in 1 s.');
  });
});

describe('messages and notices', () => {
  it('takes mention tokens out of a question', () => {
    expect(questionFromMessage('<@1100000000000000001> who led the  delegation?')).toBe('who led the delegation?');
    expect(questionFromMessage('<@!1100000000000000001> ask <@&42> in <#7>')).toBe('ask in');
    expect(questionFromMessage('<@1100000000000000001>')).toBe('');
  });

  it('names the command to run again when a button expired', () => {
    expect(expired('ask')).toBe('These results have expired. Run `/ask` again.');
    expect(expired(null)).toBe('These results have expired. Run the command again.');
  });
});
