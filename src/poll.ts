/**
 * Waiting for something to become true: one sleep and one polling loop for
 * every wait in the project (a wheel set in a bucket, required checks, a
 * release on an index, pip's view of it, a listing after an upload). The
 * caller's `look` decides what "done" means and throws to stop at once (a
 * refusal that waiting cannot fix); this module decides when to look again
 * and when to give up.
 */
import { setTimeout as delay } from 'node:timers/promises';

/** Resolves after `ms`; rejects with the abort reason as soon as `signal` aborts. */
export async function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  signal?.throwIfAborted();
  try {
    await delay(ms, undefined, signal ? { signal } : undefined);
  } catch (err) {
    signal?.throwIfAborted();
    throw err;
  }
}

/**
 * The pause after look `n` (from 1): `firstMs`, then times `factor` each time,
 * capped at `maxMs`, and spread by ±`jitter` (a fraction) so that many
 * waiters do not poll in step.
 */
export function exponentialBackoff(opts: { firstMs: number; factor: number; maxMs: number; jitter?: number; random?: () => number }): (n: number) => number {
  return (n) => {
    const base = Math.min(opts.maxMs, opts.firstMs * opts.factor ** Math.max(0, n - 1));
    if (!opts.jitter) return base;
    return Math.round(base * (1 - opts.jitter + 2 * opts.jitter * (opts.random ?? Math.random)()));
  };
}

/** What one look saw: done with a value, or not yet with what the caller wants to remember of it. */
export type Look<T, S> = { done: true; value: T } | { done: false; state: S };

export interface Pause<S> {
  /** The look that just ended, from 1. */
  look: number;
  pauseMs: number;
  /** Until the deadline, before the pause. */
  leftMs: number;
  state: S;
}

export interface PollOptions<T, S> {
  look: (n: number) => Promise<Look<T, S>>;
  /** Epoch ms (by `now`) after which no look starts. */
  deadline: number;
  /** The pause after look n. */
  backoff: (n: number) => number;
  /**
   * 'shorten' (default): a pause that would pass the deadline is cut to end
   * at it, for one last look there. 'stop': give up rather than start a pause
   * that would end after the deadline.
   */
  atDeadline?: 'shorten' | 'stop';
  /** Before each pause: progress lines. */
  onPause?: (pause: Pause<S>) => void;
  /** At the deadline, with the last look's state: throw what the caller wants said, or return a value. */
  onTimeout: (last: { look: number; state: S }) => T;
  signal?: AbortSignal;
  /** Injected by tests. */
  now?: () => number;
  sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
}

/** Looks until `look` is done, the deadline passes or `signal` aborts; resolves with the value and the number of looks. */
export async function pollUntil<T, S>(opts: PollOptions<T, S>): Promise<{ value: T; looks: number }> {
  const now = opts.now ?? Date.now;
  const pause = opts.sleep ?? sleep;
  for (let n = 1; ; n++) {
    opts.signal?.throwIfAborted();
    const seen = await opts.look(n);
    if (seen.done) return { value: seen.value, looks: n };
    const leftMs = opts.deadline - now();
    let pauseMs = opts.backoff(n);
    if (opts.atDeadline === 'stop' ? pauseMs > leftMs : leftMs <= 0) {
      return { value: opts.onTimeout({ look: n, state: seen.state }), looks: n };
    }
    pauseMs = Math.min(pauseMs, leftMs);
    opts.onPause?.({ look: n, pauseMs, leftMs, state: seen.state });
    await pause(pauseMs, opts.signal);
  }
}
