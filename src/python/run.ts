/** Running Python, either a bare interpreter or inside an environment. */
import { UserError } from '../errors.js';
import { silentLogger, type Logger } from '../log.js';
import { formatCommand, ProcessStartError, pythonEnvironment, runProcess, type ProcessResult } from '../process/index.js';
import type { Environment } from './environments.js';
import type { Interpreter } from './interpreters.js';

export interface RunPythonOptions {
  cwd?: string;
  input?: string;
  /** Default 10 minutes. */
  timeoutMs?: number;
  /** Receives the command line (debug level). */
  log?: Logger;
}

export type PythonResult = ProcessResult;

const PYTHON_TIMEOUT_MS = 10 * 60_000;

export function isEnvironment(target: Interpreter | Environment): target is Environment {
  return 'root' in target && 'env' in target;
}

/** The executable and variables a target runs with. */
export function commandOf(target: Interpreter | Environment): { file: string; env: Record<string, string> } {
  return isEnvironment(target)
    ? { file: target.python, env: target.env }
    : { file: target.path, env: pythonEnvironment() };
}

/**
 * Runs the interpreter with `args` (an argument array, never a shell line).
 * A bare interpreter runs with the caller's environment cleaned of PYTHON*
 * and PIP_* variables and the user site disabled; an environment runs with
 * its own variables.
 */
export async function runPython(
  target: Interpreter | Environment,
  args: string[],
  opts: RunPythonOptions = {},
): Promise<PythonResult> {
  const { file, env } = commandOf(target);
  (opts.log ?? silentLogger).debug(`$ ${formatCommand(file, args)}${opts.cwd ? `  (in ${opts.cwd})` : ''}`);
  return runInterpreter(file, args, { env, cwd: opts.cwd, input: opts.input, timeoutMs: opts.timeoutMs ?? PYTHON_TIMEOUT_MS });
}

/** runProcess for an interpreter: one that cannot start is a UserError naming it. */
export async function runInterpreter(
  file: string,
  args: string[],
  opts: { env: Record<string, string>; cwd?: string; input?: string; timeoutMs: number },
): Promise<PythonResult> {
  try {
    return await runProcess(file, args, opts);
  } catch (err) {
    if (err instanceof ProcessStartError) throw new UserError(`Could not run the Python interpreter ${file}: ${err.reason}.`);
    throw err;
  }
}
