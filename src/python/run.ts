/** Running Python, either a bare interpreter or inside an environment. */
import { UserError } from '../errors.js';
import { silentLogger, type Logger } from '../log.js';
import type { Environment } from './environments.js';
import type { Interpreter } from './interpreters.js';
import { cleanEnvironment, formatCommand, run } from './process.js';

export interface RunPythonOptions {
  cwd?: string;
  input?: string;
  timeoutMs?: number;
  /** Receives the command line (debug level). */
  log?: Logger;
}

export interface PythonResult {
  code: number;
  stdout: string;
  stderr: string;
  timedOut?: boolean;
}

export function isEnvironment(target: Interpreter | Environment): target is Environment {
  return 'root' in target && 'env' in target;
}

/** The executable and variables a target runs with. */
export function commandOf(target: Interpreter | Environment): { file: string; env: Record<string, string> } {
  return isEnvironment(target)
    ? { file: target.python, env: target.env }
    : { file: target.path, env: cleanEnvironment() };
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
  const r = await run(file, args, { cwd: opts.cwd, input: opts.input, timeoutMs: opts.timeoutMs, env });
  if (r.spawnError) throw new UserError(`Could not run the Python interpreter ${file}: ${r.spawnError}.`);
  const out: PythonResult = { code: r.code, stdout: r.stdout, stderr: r.stderr };
  if (r.timedOut) out.timedOut = true;
  return out;
}
