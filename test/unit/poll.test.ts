import { describe, expect, it } from '@jest/globals';
import { exponentialBackoff, pollUntil, sleep, type Look } from '../../src/poll.js';

/** A clock that moves only when the loop sleeps. */
function clock(start = 0) {
  let t = start;
  const pauses: number[] = [];
  return { now: () => t, sleep: async (ms: number) => void (pauses.push(ms), (t += ms)), pauses };
}

/** A look that is done at look `doneAt` (never when undefined), remembering the look number. */
const until = (doneAt?: number) => async (n: number): Promise<Look<string, number>> =>
  n === doneAt ? { done: true, value: `done at ${n}` } : { done: false, state: n };

describe('exponentialBackoff', () => {
  it('grows by the factor up to the cap', () => {
    const b = exponentialBackoff({ firstMs: 1000, factor: 2, maxMs: 5000 });
    expect([1, 2, 3, 4, 5].map(b)).toEqual([1000, 2000, 4000, 5000, 5000]);
  });

  it('spreads each pause by the jitter fraction', () => {
    const low = exponentialBackoff({ firstMs: 1000, factor: 1.5, maxMs: 10_000, jitter: 0.1, random: () => 0 });
    const high = exponentialBackoff({ firstMs: 1000, factor: 1.5, maxMs: 10_000, jitter: 0.1, random: () => 1 });
    expect([low(1), high(1), low(2), high(20)]).toEqual([900, 1100, 1350, 11_000]);
  });
});

describe('pollUntil', () => {
  it('looks until done, pausing by the backoff, and says how many looks it took', async () => {
    const c = clock();
    const pauses: string[] = [];
    const r = await pollUntil({
      look: until(4),
      deadline: 60_000,
      backoff: exponentialBackoff({ firstMs: 1000, factor: 2, maxMs: 3000 }),
      onPause: (p) => pauses.push(`${p.look}:${p.pauseMs}:${p.leftMs}:${p.state}`),
      onTimeout: () => { throw new Error('no timeout expected'); },
      ...c,
    });
    expect(r).toEqual({ value: 'done at 4', looks: 4 });
    expect(pauses).toEqual(['1:1000:60000:1', '2:2000:59000:2', '3:3000:57000:3']);
  });

  it("'shorten': the last pause is cut to end at the deadline, for one last look there", async () => {
    const c = clock();
    const err = await pollUntil({
      look: until(),
      deadline: 10_000,
      backoff: () => 4000,
      onTimeout: ({ look, state }) => { throw new Error(`gave up after look ${look} (state ${state})`); },
      ...c,
    }).catch((e: unknown) => e);
    expect((err as Error).message).toBe('gave up after look 4 (state 4)');
    expect(c.pauses).toEqual([4000, 4000, 2000]);
  });

  it("'stop': no pause that would end after the deadline; onTimeout may answer instead of throwing", async () => {
    const c = clock();
    const r = await pollUntil({ look: until(), deadline: 10_000, backoff: () => 4000, atDeadline: 'stop', onTimeout: ({ state }) => `last state ${state}`, ...c });
    expect(r).toEqual({ value: 'last state 3', looks: 3 });
    expect(c.pauses).toEqual([4000, 4000]);
  });

  it('a deadline already passed: one look, then onTimeout', async () => {
    const c = clock(5000);
    const r = await pollUntil({ look: until(), deadline: 5000, backoff: () => 1000, onTimeout: () => 'timed out', ...c });
    expect(r).toEqual({ value: 'timed out', looks: 1 });
    expect(c.pauses).toEqual([]);
  });

  it('a look that throws ends the wait at once', async () => {
    const c = clock();
    const look = async (): Promise<Look<string, number>> => { throw new Error('refused'); };
    await expect(pollUntil({ look, deadline: 60_000, backoff: () => 1000, onTimeout: () => 'x', ...c })).rejects.toThrow('refused');
    expect(c.pauses).toEqual([]);
  });

  it('an abort during a pause ends the wait with the reason', async () => {
    const controller = new AbortController();
    let looks = 0;
    const waiting = pollUntil({
      look: async () => { looks++; return { done: false, state: 0 }; },
      deadline: Date.now() + 3_600_000,
      backoff: () => 3_600_000,
      onPause: () => controller.abort(new Error('cancelled')),
      onTimeout: () => 'x',
      signal: controller.signal,
    });
    await expect(waiting).rejects.toThrow('cancelled');
    expect(looks).toBe(1);
  });
});

describe('sleep', () => {
  it('resolves after the time, or rejects with the abort reason', async () => {
    await expect(sleep(1)).resolves.toBeUndefined();
    const controller = new AbortController();
    const sleeping = sleep(3_600_000, controller.signal);
    controller.abort(new Error('stop now'));
    await expect(sleeping).rejects.toThrow('stop now');
    await expect(sleep(1, controller.signal)).rejects.toThrow('stop now');
  });
});
