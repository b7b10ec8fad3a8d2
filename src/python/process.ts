/**
 * Running interpreters: argument arrays only (never a shell), environments
 * cleaned of everything that would make an interpreter or pip behave
 * differently from what the caller asked for, and command lines logged with
 * credentials masked.
 */
import { spawn } from 'node:child_process';
import { devNull } from 'node:os';

export interface RunResult {
  code: number;
  stdout: string;
  stderr: string;
  /** Set when the process was killed because it ran longer than timeoutMs. */
  timedOut?: boolean;
  /** Set when the process could not be started at all (ENOENT, EACCES...). */
  spawnError?: string;
}

export interface RunOptions {
  cwd?: string;
  input?: string;
  timeoutMs?: number;
  env?: Record<string, string>;
}

/** Runs `file args...` and collects its output; never rejects. */
export function run(file: string, args: string[], opts: RunOptions = {}): Promise<RunResult> {
  return new Promise((resolve) => {
    const stdout: Buffer[] = [];
    const stderr: Buffer[] = [];
    let timedOut = false;
    let settled = false;
    const finish = (result: RunResult): void => {
      if (settled) return;
      settled = true;
      if (timer) clearTimeout(timer);
      resolve(result);
    };
    let child;
    try {
      child = spawn(file, args, {
        cwd: opts.cwd,
        env: opts.env ?? cleanEnvironment(),
        stdio: [opts.input === undefined ? 'ignore' : 'pipe', 'pipe', 'pipe'],
        windowsHide: true,
      });
    } catch (err) {
      finish({ code: -1, stdout: '', stderr: String(err), spawnError: (err as Error).message });
      return;
    }
    const timer = opts.timeoutMs
      ? setTimeout(() => {
        timedOut = true;
        child.kill('SIGKILL');
      }, opts.timeoutMs)
      : undefined;
    child.stdout!.on('data', (d: Buffer) => stdout.push(d));
    child.stderr!.on('data', (d: Buffer) => stderr.push(d));
    child.on('error', (err) => {
      finish({ code: -1, stdout: '', stderr: err.message, spawnError: err.message });
    });
    child.on('close', (code, signal) => {
      const result: RunResult = {
        code: code ?? (signal ? 128 : -1),
        stdout: Buffer.concat(stdout).toString('utf8'),
        stderr: Buffer.concat(stderr).toString('utf8'),
      };
      if (timedOut) {
        result.timedOut = true;
        result.stderr += `\n(killed after ${opts.timeoutMs} ms)`;
      }
      finish(result);
    });
    if (opts.input !== undefined) {
      child.stdin!.on('error', () => { /* the child may exit before reading its input */ });
      child.stdin!.end(opts.input);
    }
  });
}

/**
 * Variables that change which modules an interpreter imports, where it looks
 * for its standard library, or what pip does (PIP_* maps onto every pip
 * option, e.g. PIP_FIND_LINKS or PIP_INDEX_URL, which would let another
 * source satisfy a verification). __PYVENV_LAUNCHER__ makes a macOS framework
 * Python pretend to be another executable.
 */
const DROPPED = /^(PYTHON|PIP_|VIRTUAL_ENV$|__PYVENV_LAUNCHER__$)/i;

/**
 * What the runner hands a JavaScript action and nothing it starts should
 * see: the action's inputs (a `token` input arrives as INPUT_TOKEN), the
 * runtime token (artifacts, caches) and the OIDC request pair (which would let
 * code installed from an index mint a trusted-publishing token).
 */
const SECRET = /^(INPUT_|ACTIONS_RUNTIME_TOKEN$|ACTIONS_ID_TOKEN_REQUEST_)/i;

/**
 * The caller's environment minus everything in DROPPED and SECRET, plus:
 * - PYTHONNOUSERSITE: the user's ~/.local site-packages stays invisible (`-s`);
 * - PYTHONIOENCODING: output is UTF-8 whatever the locale (Python 2 would
 *   otherwise fail to print a non-ASCII path into a pipe);
 * - PIP_CONFIG_FILE=os.devnull: pip skips every configuration file (global,
 *   user and site), so a pip.conf with find-links or extra-index-url cannot
 *   add sources the caller did not name.
 */
export function cleanEnvironment(base: NodeJS.ProcessEnv = process.env): Record<string, string> {
  const env: Record<string, string> = {};
  for (const [key, value] of Object.entries(base)) {
    if (value === undefined || DROPPED.test(key) || SECRET.test(key)) continue;
    env[key] = value;
  }
  env.PYTHONNOUSERSITE = '1';
  env.PYTHONIOENCODING = 'utf-8';
  env.PIP_CONFIG_FILE = devNull;
  return env;
}

/** `https://user:secret@host/` → `https://***@host/`, wherever it appears in an argument. */
export function maskCredentials(arg: string): string {
  return arg.replace(/([a-z][a-z0-9+.-]*:\/\/)[^/@\s]+@/gi, '$1***@');
}

/** A command line for logs: masked, quoted where a shell would need it. */
export function formatCommand(file: string, args: string[]): string {
  return [file, ...args].map((a) => quote(maskCredentials(a))).join(' ');
}

function quote(arg: string): string {
  if (arg === '') return "''";
  if (/^[\w@%+=:,./-]+$/.test(arg)) return arg;
  // Embedded scripts start with a comment naming them; the name is what a log reader needs.
  if (arg.includes('\n')) return `<${arg.split('\n')[0].replace(/^#\s*/, '')}: ${arg.split('\n').length}-line script>`;
  return `'${arg.replace(/'/g, "'\\''")}'`;
}

/** The last `marker`-prefixed line of a script's stdout, parsed as JSON. */
export function markedJson<T>(stdout: string, marker: string): T | undefined {
  const lines = stdout.split(/\r?\n/);
  for (let i = lines.length - 1; i >= 0; i--) {
    if (lines[i].startsWith(marker)) {
      try {
        return JSON.parse(lines[i].slice(marker.length)) as T;
      } catch {
        return undefined;
      }
    }
  }
  return undefined;
}

/** Enough of a failed command's output to act on, for error messages. */
export function tail(text: string, lines = 15): string {
  const all = text.trimEnd().split(/\r?\n/);
  return all.slice(-lines).join('\n');
}
