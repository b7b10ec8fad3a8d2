/**
 * The rehearsal's steps in order, each timed, each shown as it starts and
 * ends. The first step that fails stops the pipeline: every later step is
 * recorded as not run, and its body never executes, so nothing after a
 * failure (the second index above all) is touched. Only the verify legs of
 * one index run side by side (runAll), all of them, like a matrix.
 */
import { UserError } from '../errors.js';
import type { Logger } from '../log.js';

export type StepStatus = 'passed' | 'failed' | 'skipped' | 'not-run' | 'refused';

export interface StepRecord {
  id: string;
  title: string;
  status: StepStatus;
  /** Wall time of the step's body; absent for steps that did not run. */
  ms?: number;
  /** One line for the table. */
  detail: string;
  /** Everything about a failure (can be many lines). */
  error?: string;
  /** Indented lines shown under the step's result (the checks of a leg, the files uploaded). */
  lines?: string[];
}

/** What a step's body can tell the pipeline besides its value. */
export interface StepContext {
  readonly log: Logger;
  /** Extra lines shown under the result. */
  note(line: string): void;
  /** Ends the step as skipped (not passed) with this reason; the pipeline goes on. */
  skip(reason: string): SkipStep;
  /** Ends the step as refused (the approval gate); the pipeline stops. */
  refuse(reason: string): RefuseStep;
}

export class SkipStep extends Error {}
export class RefuseStep extends Error {}

export interface StepResult<T> {
  value: T;
  detail: string;
}

/** `total` is undefined while steps can still be added (before the verify legs are planned). */
export interface ProgressSink {
  started(step: StepRecord, index: number, total: number | undefined): void;
  finished(step: StepRecord, index: number, total: number | undefined): void;
}

export class Pipeline {
  readonly steps: StepRecord[];
  private stopped = false;
  /** False while insertAfter may still add steps: a total shown then would be wrong. */
  private settled: boolean;

  constructor(
    plan: { id: string; title: string }[],
    private readonly progress: ProgressSink,
    /** Makes the logger a step's body writes to. */
    private readonly loggerFor: (step: StepRecord) => Logger,
    /** Steps will be added (insertAfter) before settle(): no total is shown until then. */
    opts: { stepsToCome?: boolean } = {},
  ) {
    this.steps = plan.map((s) => ({ ...s, status: 'not-run', detail: '' }));
    this.settled = !opts.stepsToCome;
  }

  get ok(): boolean {
    return !this.stopped;
  }

  step(id: string): StepRecord {
    const s = this.steps.find((x) => x.id === id);
    if (!s) throw new Error(`no rehearsal step ${id}`);
    return s;
  }

  /** Steps can be added once the interpreters are known (before they run). */
  insertAfter(id: string, steps: { id: string; title: string }[]): void {
    const at = this.steps.findIndex((x) => x.id === id);
    this.steps.splice(at + 1, 0, ...steps.map((s) => ({ ...s, status: 'not-run' as const, detail: '' })));
  }

  /** No step is added from here on: the progress shows the total. */
  settle(): void {
    this.settled = true;
  }

  private get total(): number | undefined {
    return this.settled ? this.steps.length : undefined;
  }

  remove(id: string): void {
    const at = this.steps.findIndex((x) => x.id === id);
    if (at >= 0) this.steps.splice(at, 1);
  }

  /**
   * Runs the step's body unless an earlier step stopped the pipeline; the
   * value is undefined when the body did not run or did not pass.
   */
  async run<T>(id: string, body: (ctx: StepContext) => Promise<StepResult<T>>): Promise<T | undefined> {
    const step = this.step(id);
    if (this.stopped) return undefined;
    const value = await this.execute(step, body);
    if (step.status === 'failed' || step.status === 'refused') this.stopped = true;
    return value;
  }

  /**
   * Runs several independent steps side by side, at most `limit` at once, and
   * every one of them to its end, as a workflow matrix with fail-fast off
   * runs its legs; a failure among them stops the pipeline once all are done.
   */
  async runAll(ids: string[], body: (id: string, ctx: StepContext) => Promise<StepResult<unknown>>, limit: number): Promise<void> {
    const steps = ids.map((id) => this.step(id));
    if (this.stopped || steps.length === 0) return;
    let next = 0;
    const worker = async (): Promise<void> => {
      while (next < steps.length) {
        const step = steps[next++]!;
        await this.execute(step, (ctx) => body(step.id, ctx));
      }
    };
    await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, steps.length)) }, worker));
    if (steps.some((s) => s.status === 'failed' || s.status === 'refused')) this.stopped = true;
  }

  private async execute<T>(step: StepRecord, body: (ctx: StepContext) => Promise<StepResult<T>>): Promise<T | undefined> {
    const index = this.steps.indexOf(step);
    this.progress.started(step, index, this.total);
    const lines: string[] = [];
    const ctx: StepContext = {
      log: this.loggerFor(step),
      note: (line) => lines.push(line),
      skip: (reason) => new SkipStep(reason),
      refuse: (reason) => new RefuseStep(reason),
    };
    const started = performance.now();
    let value: T | undefined;
    try {
      const result = await body(ctx);
      step.status = 'passed';
      step.detail = result.detail;
      value = result.value;
    } catch (err) {
      if (err instanceof SkipStep) {
        step.status = 'skipped';
        step.detail = err.message;
      } else if (err instanceof RefuseStep) {
        step.status = 'refused';
        step.detail = err.message;
      } else {
        step.status = 'failed';
        const message = err instanceof UserError ? err.message : `unexpected error (a bug, please report it): ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`;
        step.detail = firstLine(message);
        step.error = message;
      }
    }
    step.ms = performance.now() - started;
    if (lines.length > 0) step.lines = lines;
    this.progress.finished(step, index, this.total);
    return step.status === 'passed' ? value : undefined;
  }
}

export function firstLine(text: string): string {
  return text.split('\n').map((l) => l.trim()).find((l) => l !== '') ?? '';
}
