/**
 * Looking at the source until the expected set is there: Ray's release
 * scripts polled S3 for up to two hours while the builds finished. Each look
 * lists the source and re-runs the selection; a refusal ends the wait at once
 * (waiting does not fix a wrong version), a missing file is waited for with
 * growing pauses until `timeoutSeconds` have passed.
 */
import { UserError } from '../../errors.js';
import type { Logger } from '../../log.js';
import { exponentialBackoff, pollUntil } from '../../poll.js';
import type { RemoteFile, WheelSource } from '../../sources/types.js';
import { describeProblems, select, type SelectOptions, type Selection } from './select.js';

export interface WaitOptions {
  /** 0: look once. */
  timeoutSeconds: number;
  log: Logger;
  /** Pause before the second look; doubles each time. Default 2 s. */
  initialDelayMs?: number;
  /** Longest pause. Default 60 s. */
  maxDelayMs?: number;
  /** Injected by tests. */
  sleep?: (ms: number) => Promise<void>;
  now?: () => number;
  signal?: AbortSignal;
}

export interface WaitResult {
  selection: Selection;
  listing: RemoteFile[];
  looks: number;
  waitedMs: number;
}

/** The least time a look may take when the wait is nearly over. */
const LOOK_MIN_MS = 30_000;

function seconds(ms: number): string {
  const s = Math.round(ms / 1000);
  return s >= 120 ? `${Math.floor(s / 60)} min ${s % 60} s` : `${s} s`;
}

function progress(sel: Selection): string {
  const have = sel.chosen.length;
  const of = sel.expectedCount !== undefined ? ` of ${sel.expectedCount}` : '';
  const missing = sel.missing.slice(0, 5).join(', ') + (sel.missing.length > 5 ? `, … ${sel.missing.length - 5} more` : '');
  return `${have}${of} file(s) present; missing ${missing}`;
}

function refuse(source: WheelSource, sel: Selection): UserError {
  return new UserError(
    `fetch-wheels refuses the files in ${source.describe()}:\n${describeProblems(sel)}\n` +
      'Nothing was written to dest. Fix the source or the selection inputs (packages, version, expect, expect-count) and re-run.',
  );
}

export async function waitForSet(source: WheelSource, selectOpts: SelectOptions, opts: WaitOptions): Promise<WaitResult> {
  const now = opts.now ?? Date.now;
  const started = now();
  const { value, looks } = await pollUntil<Omit<WaitResult, 'looks' | 'waitedMs'>, Selection>({
    deadline: started + opts.timeoutSeconds * 1000,
    backoff: exponentialBackoff({ firstMs: opts.initialDelayMs ?? 2000, factor: 2, maxMs: opts.maxDelayMs ?? 60_000 }),
    signal: opts.signal,
    now,
    sleep: opts.sleep,
    look: async () => {
      // Waiting within wait-timeout: a listing may not outlast it (one look gets at least LOOK_MIN_MS).
      const left = started + opts.timeoutSeconds * 1000 - now();
      const listing = await source.list(opts.log, opts.timeoutSeconds > 0 ? { deadlineMs: Math.max(LOOK_MIN_MS, left) } : {});
      const selection = select(listing, selectOpts);
      if (!selection.acceptable) throw refuse(source, selection);
      return selection.complete ? { done: true, value: { selection, listing } } : { done: false, state: selection };
    },
    onPause: ({ look, pauseMs, leftMs, state }) => {
      opts.log.info(`Look ${look}: ${progress(state)}. Looking again in ${seconds(pauseMs)} (${seconds(leftMs)} left).`);
    },
    onTimeout: ({ state: selection }) => {
      const waited = opts.timeoutSeconds > 0 ? ` after waiting ${seconds(now() - started)} (wait-timeout ${opts.timeoutSeconds} s)` : '';
      throw new UserError(
        `fetch-wheels found an incomplete set in ${source.describe()}${waited}: ${selection.chosen.length}` +
          `${selection.expectedCount !== undefined ? ` of ${selection.expectedCount}` : ''} file(s).\n${describeProblems(selection)}\n` +
          `Nothing was written to dest. ${opts.timeoutSeconds > 0 ? 'Raise wait-timeout if the builds are still running, or' : 'Set wait-timeout (e.g. 2h) to wait for builds still running, or'} ` +
          'check the source and the expect inputs.',
      );
    },
  });
  if (looks > 1) opts.log.info(`The set is complete after ${looks} looks (${seconds(now() - started)}).`);
  return { ...value, looks, waitedMs: now() - started };
}
