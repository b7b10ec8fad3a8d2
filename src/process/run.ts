/**
 * The one way this project starts a process (the index server and the
 * hashing workers aside): an argument array, never a shell; an environment
 * the caller built with `./environment.ts`; a timeout that kills; output
 * captured up to a limit (the tail is kept, since that is where a failure
 * explains itself); and a start failure told apart from a failed exit.
 *
 * Why not @actions/exec underneath: its ToolRunner keeps the ChildProcess to
 * itself, so nothing can kill a process that hangs (no timeout, no abort); it
 * leaves stdin an open pipe when there is no input, so a child that reads
 * stdin waits forever, and writes `input` without an error handler (EPIPE
 * from a child that exits first is thrown in the runner); it reports a death
 * by signal as exit code null; it resolves a bare command name against the
 * runner's own PATH, not the environment it is given; and it finishes 10 s
 * after exit when a grandchild holds the output pipes. It also prints
 * `[command]…` and all output to stdout unless silenced, and this runner
 * serves the command line and the rehearsal outside Actions as well.
 *
 * Outside Windows each process (git aside, see `terminal`) leads a process
 * group of its own, so what it leaves behind (a daemon its import forked, a
 * grandchild holding the pipes) is stopped with it: once it has exited and
 * its pipes are closed, or a moment after it exited with the pipes still
 * held, and when the action itself is interrupted (SIGINT, SIGTERM) or exits.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { constants } from 'node:os';
import { formatCommand } from './command.js';
import { ProcessStartError } from './errors.js';

export interface RunOptions {
  /** Every variable the process sees: build it with childEnvironment, gitEnvironment or pythonEnvironment. */
  env: Record<string, string>;
  cwd?: string;
  /** Written to stdin, which is otherwise closed. */
  input?: string;
  /** The process (SIGKILL) is stopped after this long. */
  timeoutMs: number;
  /** Per stream: only the last this many bytes are kept. Default 8 MiB. */
  maxOutputBytes?: number;
  /** Kills the process and rejects with the abort reason. */
  signal?: AbortSignal;
  /**
   * Keep the caller's terminal: the process stays in this one's process group, so what it leaves
   * running is not stopped with it. For git, whose hooks and commit signing may ask at the terminal.
   */
  terminal?: boolean;
}

export interface ProcessResult {
  /** The command line as logs show it (credentials in URLs masked). */
  command: string;
  /** The exit code; 128 + the signal's number when a signal ended it. */
  code: number;
  signal?: NodeJS.Signals;
  stdout: string;
  stderr: string;
  /** Set when the process was killed because it ran longer than timeoutMs. */
  timedOut?: boolean;
  timeoutMs: number;
  /** Bytes dropped from the start of each stream beyond maxOutputBytes. */
  dropped?: { stdout: number; stderr: number };
}

export const DEFAULT_MAX_OUTPUT_BYTES = 8 * 1024 * 1024;

/** After the process exited or was killed, how long to wait for the output pipes, which a grandchild may still hold open. */
const PIPE_GRACE_MS = 2000;

/** Process groups (POSIX): a child's descendants can be signalled with it. */
const GROUPS = process.platform !== 'win32';

/** Stops every process group still running, when this process is interrupted or exits. */
const running = new Set<() => void>();
let hooked = false;
function stopAll(): void {
  for (const stop of [...running]) stop();
}
function onSignal(signal: NodeJS.Signals): void {
  stopAll();
  process.off('SIGINT', onSignal);
  process.off('SIGTERM', onSignal);
  hooked = false;
  // Then what the signal would have done without this handler, unless someone else handles it.
  if (process.listenerCount(signal) === 0) process.kill(process.pid, signal);
}
function track(stop: () => void): void {
  running.add(stop);
  if (hooked) return;
  hooked = true;
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
}
function untrack(stop: () => void): void {
  running.delete(stop);
  if (running.size > 0 || !hooked) return;
  hooked = false;
  process.off('SIGINT', onSignal);
  process.off('SIGTERM', onSignal);
}
process.on('exit', stopAll);

/** The last `max` bytes of a stream. */
class OutputTail {
  private chunks: Buffer[] = [];
  private size = 0;
  dropped = 0;
  constructor(private readonly max: number) {}

  push(chunk: Buffer): void {
    this.chunks.push(chunk);
    this.size += chunk.length;
    while (this.size > this.max) {
      const excess = this.size - this.max;
      const first = this.chunks[0];
      const cut = Math.min(first.length, excess);
      if (cut === first.length) this.chunks.shift();
      else this.chunks[0] = first.subarray(cut);
      this.size -= cut;
      this.dropped += cut;
    }
  }

  text(): string {
    return Buffer.concat(this.chunks).toString('utf8');
  }
}

/**
 * Runs `file args...` to the end. Resolves with the exit code and output
 * whatever the exit code (see `failureOf` in ./errors.ts); rejects with a
 * ProcessStartError when the process cannot be started (ENOENT, EACCES, a
 * missing cwd), and with the abort reason when `signal` aborts.
 */
export function runProcess(file: string, args: readonly string[], opts: RunOptions): Promise<ProcessResult> {
  const command = formatCommand(file, args);
  return new Promise((resolve, reject) => {
    if (opts.signal?.aborted) {
      reject(opts.signal.reason);
      return;
    }
    let child: ChildProcess;
    try {
      child = spawn(file, args, {
        cwd: opts.cwd,
        env: opts.env,
        stdio: [opts.input === undefined ? 'ignore' : 'pipe', 'pipe', 'pipe'],
        windowsHide: true,
        detached: GROUPS && !opts.terminal,
      });
    } catch (err) {
      reject(new ProcessStartError(command, err));
      return;
    }
    const max = opts.maxOutputBytes ?? DEFAULT_MAX_OUTPUT_BYTES;
    const stdout = new OutputTail(max);
    const stderr = new OutputTail(max);
    let timedOut = false;
    let settled = false;
    let exit: { code: number | null; signal: NodeJS.Signals | null } | undefined;
    let grace: NodeJS.Timeout | undefined;

    /** The process and whatever it started in its group. */
    const kill = (): void => {
      if (GROUPS && !opts.terminal && child.pid !== undefined) {
        try {
          process.kill(-child.pid, 'SIGKILL');
        } catch {
          // the group is gone
        }
      }
      try {
        child.kill('SIGKILL');
      } catch {
        // already gone
      }
    };
    track(kill);
    const cleanUp = (): void => {
      settled = true;
      clearTimeout(timer);
      if (grace) clearTimeout(grace);
      opts.signal?.removeEventListener('abort', onAbort);
      // What it left behind in its group does not outlive it.
      kill();
      untrack(kill);
    };
    const complete = (code: number | null, signal: NodeJS.Signals | null): void => {
      if (settled) return;
      cleanUp();
      const result: ProcessResult = {
        command,
        code: code ?? (signal ? 128 + (constants.signals[signal] ?? 0) : -1),
        stdout: stdout.text(),
        stderr: stderr.text(),
        timeoutMs: opts.timeoutMs,
      };
      if (signal) result.signal = signal;
      if (timedOut) result.timedOut = true;
      if (stdout.dropped || stderr.dropped) result.dropped = { stdout: stdout.dropped, stderr: stderr.dropped };
      resolve(result);
    };
    /** Done once the process has exited, even while a grandchild keeps the pipes open. */
    const finishSoon = (): void => {
      grace ??= setTimeout(() => {
        child.stdout?.destroy();
        child.stderr?.destroy();
        // Called only after the exit: its code and signal, not the group's kill, say how it ended.
        complete(exit?.code ?? null, exit ? exit.signal : 'SIGKILL');
      }, PIPE_GRACE_MS);
    };
    const onAbort = (): void => {
      if (settled) return;
      kill();
      cleanUp();
      reject(opts.signal!.reason);
    };
    const timer = setTimeout(() => {
      timedOut = true;
      kill();
      if (exit) finishSoon();
    }, opts.timeoutMs);
    opts.signal?.addEventListener('abort', onAbort, { once: true });

    child.stdout!.on('data', (d: Buffer) => stdout.push(d));
    child.stderr!.on('data', (d: Buffer) => stderr.push(d));
    child.on('error', (err) => {
      // Also emitted when a kill fails; only a process that never started has no pid.
      if (child.pid !== undefined || settled) return;
      cleanUp();
      reject(new ProcessStartError(command, err));
    });
    child.on('exit', (code, signal) => {
      exit = { code, signal };
      finishSoon();
    });
    child.on('close', (code, signal) => complete(code, signal));
    if (opts.input !== undefined) {
      child.stdin!.on('error', () => { /* the child may exit before reading its input */ });
      child.stdin!.end(opts.input);
    }
  });
}
