import { describe, expect, it } from 'vitest';
import { compileOnlyDb } from '../../../test/compile-only-db.ts';
import { createSessionActivity } from './session.activity.ts';
import { createSessionCache, type CachedSession } from './session.cache.ts';
import { watchSessionData } from './session.invalidation.ts';

// Builds statements without a database: the plugin sees them as they are compiled.
const db = compileOnlyDb();
const entry = (id: string) => ({ context: { session: { id } } }) as unknown as CachedSession;
const quiet = { warn: () => undefined };

describe('the session cache', () => {
  const live = (ttlMs = 60_000, maxEntries = 10) => {
    const cache = createSessionCache({ ttlMs, maxEntries });
    cache.setLive(true);
    return cache;
  };

  it('serves nothing while its listener is away, or with no time to keep', () => {
    const away = createSessionCache({ ttlMs: 60_000, maxEntries: 10 });
    away.put('a', entry('a'), away.ticket());
    expect(away.get('a')).toBeUndefined();
    const off = live(0);
    off.put('a', entry('a'), off.ticket());
    expect(off.get('a')).toBeUndefined();
  });

  it('keeps at most its bound, the oldest read leaving first', () => {
    const cache = live(60_000, 3);
    for (const id of ['a', 'b', 'c', 'd']) cache.put(id, entry(id), cache.ticket());
    expect(cache.size).toBe(3);
    expect(cache.get('a')).toBeUndefined();
    expect(cache.get('d')).toBeDefined();
  });

  it('does not keep a read that a drop overtook', () => {
    const cache = live();
    const ticket = cache.ticket();
    cache.drop('a');
    cache.put('a', entry('a'), ticket);
    expect(cache.get('a')).toBeUndefined();
  });

  it('forgets everything read before a write of this process to what it holds', () => {
    watchSessionData();
    const cache = live();
    cache.put('a', entry('a'), cache.ticket());
    db.updateTable('account').set({ last_login_at: new Date() }).compile();
    expect(cache.get('a')).toBeDefined();
    db.updateTable('account').set({ status: 'disabled' }).compile();
    expect(cache.get('a')).toBeUndefined();
  });
});

describe('batched session activity', () => {
  it('writes what is queued in one batch, the latest time per session', async () => {
    const batches: Map<string, Date>[] = [];
    const activity = createSessionActivity((seen) => {
      batches.push(new Map(seen));
      return Promise.resolve();
    }, quiet);
    activity.queue('a', new Date(2));
    activity.queue('a', new Date(1));
    activity.queue('b', new Date(3));
    expect(activity.pending('a')).toEqual(new Date(2));
    await activity.stop();
    expect(batches).toEqual([
      new Map([
        ['a', new Date(2)],
        ['b', new Date(3)],
      ]),
    ]);
    expect(activity.pending('a')).toBeUndefined();
  });

  it('keeps a failed batch for the next, and never rejects', async () => {
    let fail = true;
    const written: string[] = [];
    const activity = createSessionActivity((seen) => {
      if (fail) return Promise.reject(new Error('database away'));
      written.push(...seen.keys());
      return Promise.resolve();
    }, quiet);
    activity.queue('a', new Date(1));
    await expect(activity.flush()).resolves.toBeUndefined();
    expect(activity.pending('a')).toEqual(new Date(1));
    fail = false;
    await activity.flush();
    expect(written).toEqual(['a']);
  });

  it('lets touches queued during a write ride on one following write', async () => {
    let release = () => undefined as void;
    const calls: string[][] = [];
    const activity = createSessionActivity(async (seen) => {
      calls.push([...seen.keys()]);
      if (calls.length === 1) await new Promise<void>((resolve) => (release = resolve));
    }, quiet);
    activity.queue('a', new Date(1));
    const first = activity.flush();
    activity.queue('b', new Date(1));
    const second = activity.flush();
    activity.queue('c', new Date(1));
    const third = activity.flush();
    expect(third).toBe(second);
    release();
    await Promise.all([first, second, third]);
    expect(calls).toEqual([['a'], ['b', 'c']]);
  });
});
