/**
 * Runs an action bundle the way the GitHub runner does: `node dist/<name>/index.js`
 * in a clean environment (INPUT_*, GITHUB_*, RUNNER_*), fresh file-command files,
 * then reads back what the runner would: outputs, env, path, step summary,
 * annotations and masks.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { delimiter, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll } from '@jest/globals';
import { parse as parseYaml } from 'yaml';
import { fragmentsOf } from '../../src/text/secrets.js';
import {
  CommandProcessor,
  FileCommandError,
  LineSplitter,
  parseKeyValueFile,
  parsePathFile,
  foreignCommands,
  type Annotation,
  type WorkflowCommand,
} from './workflow-commands.js';

export interface ActionRun {
  code: number | null;
  signal: NodeJS.Signals | null;
  /** true when runAction's timeoutMs ran out and it killed the process group */
  timedOut: boolean;
  stdout: string;
  stderr: string;
  /** stdout and stderr lines in arrival order as the runner's log shows them: commands rendered, masks applied */
  log: string;
  outputs: Record<string, string>;
  env: Record<string, string>;
  /** GITHUB_STATE (core.saveState), read by post steps */
  state: Record<string, string>;
  path: string[];
  summary: string;
  errors: string[];
  warnings: string[];
  notices: string[];
  annotations: Annotation[];
  commands: WorkflowCommand[];
  /** stop-commands tokens whose resume line came (see foreignCommands) */
  resumed: string[];
  masks: string[];
  /** problems the runner would fail the step for (malformed GITHUB_OUTPUT, …) */
  fileCommandErrors: string[];
  /** the environment the process was started with */
  startEnv: Record<string, string>;
  dirs: { temp: string; workspace: string; home: string; toolCache: string; base: string };
  files: { output: string; env: string; path: string; summary: string; state: string; event: string };
  /** removes this run's temporary directories (never a workspace the caller passed in) */
  cleanup(): Promise<void>;
}

export interface RunOptions {
  /** overrides and additions to the runner environment; a value of undefined removes a variable */
  env?: Record<string, string | undefined>;
  /** working directory; the runner uses GITHUB_WORKSPACE */
  cwd?: string;
  /** an existing workspace (not removed by cleanup); default a fresh temp dir */
  workspace?: string;
  /**
   * kills the whole process group with SIGKILL after this long; default 110 s (below jest's 120 s).
   * Whatever the action left running is killed when it exits anyway.
   */
  timeoutMs?: number;
  /** sends a signal (default SIGKILL) to the process group after this long */
  signalAfterMs?: number | { ms: number; signal: NodeJS.Signals };
  /** sends a signal (default SIGKILL) to the process group as soon as a line of stdout/stderr matches */
  signalWhen?: { pattern: string | RegExp; signal?: NodeJS.Signals };
  /** written to the child's stdin, which is then closed (closed at once when absent) */
  stdin?: string;
  /** runs this script instead of dist/<name>/index.js */
  script?: string;
  /**
   * the action.yml whose input defaults are applied like the runner does;
   * default actions/<name>/action.yml when it exists; false for none
   */
  actionYml?: string | false;
  /** GITHUB_EVENT_PATH payload; default a small workflow_dispatch event */
  event?: unknown;
  /** node binary; default the one running the tests */
  node?: string;
}

export interface StartedAction {
  child: ChildProcess;
  /** signals the whole process group (the runner cancels a step the same way) */
  kill(signal?: NodeJS.Signals): void;
  result: Promise<ActionRun>;
}

/** The repository root, found from this file's location. */
export const REPO_ROOT = findRepoRoot(dirname(fileURLToPath(import.meta.url)));

function findRepoRoot(start: string): string {
  let dir = start;
  for (;;) {
    const pkg = join(dir, 'package.json');
    if (existsSync(pkg)) {
      try {
        if (JSON.parse(readFileSync(pkg, 'utf8')).name === 'python-release-actions') return dir;
      } catch {
        // not ours; keep climbing
      }
    }
    const up = dirname(dir);
    if (up === dir) throw new Error(`no python-release-actions package.json above ${start}`);
    dir = up;
  }
}

const liveDirs = new Set<string>();

/** Removes the temporary directories of every run not cleaned up yet. */
export async function cleanupRuns(): Promise<void> {
  const dirs = [...liveDirs];
  liveDirs.clear();
  await Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true })));
}

/** Call at the top of a test file (or describe) to remove all runs' temp dirs afterwards. */
export function cleanupRunsAfterAll(): void {
  afterAll(cleanupRuns);
}

/** INPUT_<NAME> as the runner builds it: spaces to '_', upper case, hyphens kept. */
export function inputEnvName(input: string): string {
  return `INPUT_${input.replace(/ /g, '_').toUpperCase()}`;
}

export function bundlePath(name: string): string {
  return join(REPO_ROOT, 'dist', name, 'index.js');
}

interface ActionManifestInputs {
  names: string[];
  defaults: Record<string, string>;
}

function readActionInputs(file: string): ActionManifestInputs {
  const doc = parseYaml(readFileSync(file, 'utf8')) as { inputs?: Record<string, { default?: unknown } | null> };
  const names: string[] = [];
  const defaults: Record<string, string> = {};
  for (const [name, spec] of Object.entries(doc.inputs ?? {})) {
    names.push(name);
    if (spec && spec.default !== undefined && spec.default !== null) defaults[name] = String(spec.default);
  }
  return { names, defaults };
}

/** PATH as a runner would have it: the machine's, without npm's node_modules/.bin entries. */
function runnerPath(): string {
  return (process.env.PATH ?? '/usr/local/bin:/usr/bin:/bin')
    .split(delimiter)
    .filter((p) => p && !p.includes(`node_modules${'/'}.bin`))
    .join(delimiter);
}

/** The workflow token the runner would give `${{ github.token }}` when a test sets no GITHUB_TOKEN. */
export const WORKFLOW_TOKEN = 'ghs_workflowTokenForTests0000000000000';

/**
 * The runner evaluates expression defaults such as `${{ github.token }}` before
 * the action starts; the two the suite's manifests use are resolved here (a test
 * stands in for the job's token with GITHUB_TOKEN in `options.env`).
 */
function evaluateDefault(value: string, env: Record<string, string | undefined>): string {
  return value.replace(/\$\{\{\s*github\.(token|repository)\s*\}\}/g, (_m, key: string) =>
    key === 'token' ? (env.GITHUB_TOKEN ?? WORKFLOW_TOKEN) : (env.GITHUB_REPOSITORY ?? 'octo/example'),
  );
}

function defaultEvent(): unknown {
  return {
    inputs: {},
    ref: 'refs/heads/main',
    repository: {
      full_name: 'octo/example',
      name: 'example',
      owner: { login: 'octo' },
      default_branch: 'main',
      html_url: 'https://github.com/octo/example',
    },
    sender: { login: 'octocat', type: 'User' },
    workflow: '.github/workflows/release.yml',
  };
}

function prepare(name: string, inputs: Record<string, string>, options: RunOptions) {
  const base = mkdtempSync(join(tmpdir(), `action-${name.replace(/[^\w-]/g, '_')}-`));
  liveDirs.add(base);
  const temp = join(base, 'runner-temp');
  const home = join(base, 'home');
  const toolCache = join(base, 'tool-cache');
  const fileCommands = join(base, 'file-commands');
  const workspace = options.workspace ?? join(base, 'workspace');
  for (const d of [temp, home, toolCache, fileCommands, workspace]) mkdirSync(d, { recursive: true });
  const id = randomUUID();
  const files = {
    output: join(fileCommands, `set_output_${id}`),
    env: join(fileCommands, `set_env_${id}`),
    path: join(fileCommands, `add_path_${id}`),
    summary: join(fileCommands, `step_summary_${id}`),
    state: join(fileCommands, `save_state_${id}`),
    event: join(base, 'event.json'),
  };
  for (const f of [files.output, files.env, files.path, files.summary, files.state]) writeFileSync(f, '');
  writeFileSync(files.event, JSON.stringify(options.event ?? defaultEvent(), null, 2));

  const script = options.script ?? bundlePath(name);
  if (!existsSync(script)) {
    liveDirs.delete(base);
    rmSync(base, { recursive: true, force: true });
    throw new Error(`${script} does not exist: build the bundles first (npm run build)`);
  }

  // The runner sets every declared input that has a default, then the step's `with:`.
  const manifest =
    options.actionYml === false
      ? undefined
      : options.actionYml ?? join(REPO_ROOT, 'actions', name, 'action.yml');
  let declared: ActionManifestInputs | undefined;
  if (manifest !== undefined && existsSync(manifest)) declared = readActionInputs(manifest);
  else if (options.actionYml) throw new Error(`action manifest ${options.actionYml} does not exist`);

  const inputEnv: Record<string, string> = {};
  for (const [k, v] of Object.entries(declared?.defaults ?? {})) inputEnv[inputEnvName(k)] = evaluateDefault(v, options.env ?? {});
  for (const [k, v] of Object.entries(inputs)) inputEnv[inputEnvName(k)] = v;
  const unexpected = declared ? Object.keys(inputs).filter((k) => !declared.names.includes(k)) : [];

  const sha = 'a'.repeat(40);
  const env: Record<string, string> = {
    PATH: runnerPath(),
    HOME: home,
    LANG: 'C.UTF-8',
    CI: 'true',
    GITHUB_ACTIONS: 'true',
    RUNNER_OS: 'Linux',
    RUNNER_ARCH: 'X64',
    RUNNER_NAME: 'test-runner',
    RUNNER_ENVIRONMENT: 'github-hosted',
    RUNNER_TEMP: temp,
    RUNNER_TOOL_CACHE: toolCache,
    GITHUB_WORKSPACE: workspace,
    GITHUB_OUTPUT: files.output,
    GITHUB_ENV: files.env,
    GITHUB_PATH: files.path,
    GITHUB_STEP_SUMMARY: files.summary,
    GITHUB_STATE: files.state,
    GITHUB_REPOSITORY: 'octo/example',
    GITHUB_REPOSITORY_OWNER: 'octo',
    GITHUB_REPOSITORY_ID: '1296269',
    GITHUB_REPOSITORY_OWNER_ID: '583231',
    GITHUB_ACTOR: 'octocat',
    GITHUB_TRIGGERING_ACTOR: 'octocat',
    GITHUB_SHA: sha,
    GITHUB_REF: 'refs/heads/main',
    GITHUB_REF_NAME: 'main',
    GITHUB_REF_TYPE: 'branch',
    GITHUB_RUN_ID: '1658821493',
    GITHUB_RUN_NUMBER: '7',
    GITHUB_RUN_ATTEMPT: '1',
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_API_URL: 'https://api.github.com',
    GITHUB_GRAPHQL_URL: 'https://api.github.com/graphql',
    GITHUB_EVENT_NAME: 'workflow_dispatch',
    GITHUB_EVENT_PATH: files.event,
    GITHUB_WORKFLOW: 'release',
    GITHUB_WORKFLOW_REF: 'octo/example/.github/workflows/release.yml@refs/heads/main',
    GITHUB_WORKFLOW_SHA: sha,
    GITHUB_JOB: 'release',
    GITHUB_ACTION: name.replace(/[^\w]/g, '_'),
    GITHUB_ACTION_PATH: join(REPO_ROOT, 'actions', name),
    GITHUB_ACTION_REPOSITORY: 'octo/python-release-actions',
    GITHUB_ACTION_REF: 'v1',
    GITHUB_RETENTION_DAYS: '90',
    ...inputEnv,
  };
  for (const [k, v] of Object.entries(options.env ?? {})) {
    if (v === undefined) delete env[k];
    else env[k] = v;
  }

  return { base, temp, home, toolCache, workspace, files, env, script, unexpected, declared };
}

const closed = new WeakSet<ChildProcess>();

/** Signals the child's whole process group: the child may be gone while what it spawned still runs. */
function killGroup(child: ChildProcess, signal: NodeJS.Signals): void {
  if (child.pid === undefined || closed.has(child)) return;
  try {
    process.kill(-child.pid, signal);
  } catch {
    // the group is empty
  }
}

/** Starts the action and returns at once with the child, so a test can signal it mid-way. */
export function startAction(
  name: string,
  inputs: Record<string, string> = {},
  options: RunOptions = {},
): StartedAction {
  const p = prepare(name, inputs, options);
  const child = spawn(options.node ?? process.execPath, [p.script], {
    cwd: options.cwd ?? p.workspace,
    env: p.env,
    stdio: ['pipe', 'pipe', 'pipe'],
    // Its own process group, so a kill reaches whatever the action spawned (pip, python…).
    detached: true,
  });
  return { child, kill: (signal = 'SIGKILL') => killGroup(child, signal), result: collect(child, p, options) };
}

async function collect(
  child: ChildProcess,
  p: ReturnType<typeof prepare>,
  options: RunOptions,
): Promise<ActionRun> {
  const processor = new CommandProcessor();
  if (p.unexpected.length > 0 && p.declared) {
    // The runner's own warning, before the action starts.
    processor.annotations.push({
      level: 'warning',
      message: `Unexpected input(s) ${p.unexpected.map((u) => `'${u}'`).join(', ')}, valid inputs are [${p.declared.names.map((n) => `'${n}'`).join(', ')}]`,
      properties: {},
    });
  }
  let stdout = '';
  let stderr = '';
  let timedOut = false;
  const timers: NodeJS.Timeout[] = [];
  const when = options.signalWhen;
  const matches = (line: string): boolean =>
    when !== undefined && (typeof when.pattern === 'string' ? line.includes(when.pattern) : when.pattern.test(line));
  const onLine = (line: string) => {
    processor.line(line);
    if (matches(line)) killGroup(child, when?.signal ?? 'SIGKILL');
  };
  const outLines = new LineSplitter(onLine);
  const errLines = new LineSplitter(onLine);
  child.stdout!.setEncoding('utf8');
  child.stderr!.setEncoding('utf8');
  child.stdout!.on('data', (d: string) => {
    stdout += d;
    outLines.push(d);
  });
  child.stderr!.on('data', (d: string) => {
    stderr += d;
    errLines.push(d);
  });
  child.stdin!.on('error', () => {}); // the action may exit without reading stdin
  child.stdin!.end(options.stdin ?? '');

  timers.push(
    setTimeout(() => {
      timedOut = true;
      killGroup(child, 'SIGKILL');
    }, options.timeoutMs ?? 110_000),
  );
  if (options.signalAfterMs !== undefined) {
    const { ms, signal } =
      typeof options.signalAfterMs === 'number' ? { ms: options.signalAfterMs, signal: 'SIGKILL' as const } : options.signalAfterMs;
    timers.push(setTimeout(() => killGroup(child, signal), ms));
  }

  let exit: { code: number | null; signal: NodeJS.Signals | null };
  try {
    exit = await new Promise((res, rej) => {
      child.on('error', rej);
      // 'close' waits for stdio to end, so every line has been read.
      child.on('close', (code, signal) => res({ code, signal }));
    });
  } finally {
    for (const t of timers) clearTimeout(t);
    // Like the runner's orphan cleanup: nothing the action left running outlives the run.
    killGroup(child, 'SIGKILL');
    closed.add(child);
  }
  const { code, signal } = exit;
  outLines.end();
  errLines.end();

  const fileCommandErrors: string[] = [];
  const readKv = async (file: string, what: string): Promise<Record<string, string>> => {
    try {
      return parseKeyValueFile(await readFile(file, 'utf8'));
    } catch (e) {
      if (!(e instanceof FileCommandError)) throw e;
      fileCommandErrors.push(`${what}: ${e.message}`);
      return {};
    }
  };
  const outputs = { ...processor.legacyOutputs, ...(await readKv(p.files.output, 'GITHUB_OUTPUT')) };
  const env = await readKv(p.files.env, 'GITHUB_ENV');
  const state = { ...processor.legacyState, ...(await readKv(p.files.state, 'GITHUB_STATE')) };
  const path = parsePathFile(await readFile(p.files.path, 'utf8'));
  const summary = await readFile(p.files.summary, 'utf8');

  const run: ActionRun = {
    code,
    signal,
    timedOut,
    stdout,
    stderr,
    log: processor.logLines.join('\n'),
    outputs,
    env,
    state,
    path,
    summary,
    errors: processor.messages('error'),
    warnings: [...processor.messages('warning'), ...processor.runnerWarnings],
    notices: processor.messages('notice'),
    annotations: processor.annotations,
    commands: processor.commands,
    resumed: processor.resumed,
    masks: processor.masks,
    fileCommandErrors,
    startEnv: p.env,
    dirs: { temp: p.temp, workspace: p.workspace, home: p.home, toolCache: p.toolCache, base: p.base },
    files: p.files,
    cleanup: async () => {
      liveDirs.delete(p.base);
      await rm(p.base, { recursive: true, force: true });
    },
  };
  return run;
}

/** Runs the action to the end. */
export async function runAction(
  name: string,
  inputs: Record<string, string> = {},
  options: RunOptions = {},
): Promise<ActionRun> {
  return startAction(name, inputs, options).result;
}

export interface CliRun {
  code: number | null;
  signal: NodeJS.Signals | null;
  timedOut: boolean;
  stdout: string;
  stderr: string;
}

export interface CliOptions {
  /** added to a clean environment (PATH, HOME, LANG); undefined removes a variable */
  env?: Record<string, string | undefined>;
  cwd?: string;
  timeoutMs?: number;
  stdin?: string;
  /** runs this script instead of dist/pyrelease/index.js */
  script?: string;
  node?: string;
}

/**
 * Runs `node dist/pyrelease/index.js ...args` as a user would from a terminal:
 * a clean environment, so nothing of the test runner's (GITHUB_ACTIONS, CI…)
 * leaks in unless the test sets it.
 */
export async function runCli(args: string[], options: CliOptions = {}): Promise<CliRun> {
  const script = options.script ?? bundlePath('pyrelease');
  if (!existsSync(script)) throw new Error(`${script} does not exist: build the bundles first (npm run build)`);
  const env: Record<string, string> = {
    PATH: runnerPath(),
    HOME: process.env.HOME ?? tmpdir(),
    LANG: 'C.UTF-8',
  };
  for (const [k, v] of Object.entries(options.env ?? {})) {
    if (v === undefined) delete env[k];
    else env[k] = v;
  }
  const child = spawn(options.node ?? process.execPath, [script, ...args], {
    cwd: options.cwd ?? process.cwd(),
    env,
    stdio: ['pipe', 'pipe', 'pipe'],
    detached: true,
  });
  let stdout = '';
  let stderr = '';
  let timedOut = false;
  child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
  child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
  child.stdin.on('error', () => {});
  child.stdin.end(options.stdin ?? '');
  const timer = setTimeout(() => {
    timedOut = true;
    killGroup(child, 'SIGKILL');
  }, options.timeoutMs ?? 110_000);
  let exit: { code: number | null; signal: NodeJS.Signals | null };
  try {
    exit = await new Promise((res, rej) => {
      child.on('error', rej);
      child.on('close', (code, signal) => res({ code, signal }));
    });
  } finally {
    clearTimeout(timer);
    killGroup(child, 'SIGKILL');
    closed.add(child);
  }
  const { code, signal } = exit;
  return { code, signal, timedOut, stdout, stderr };
}

/**
 * Every place a secret shows in what a workflow log or a later step would see.
 * The log counts masking as the runner does: a value printed before its
 * ::add-mask:: is a leak, after it is not.
 */
export function secretLeaks(run: ActionRun, secret: string): string[] {
  const where: string[] = [];
  if (run.log.includes(secret)) where.push('log');
  if (run.summary.includes(secret)) where.push('step summary');
  for (const [k, v] of Object.entries(run.outputs)) if (v.includes(secret)) where.push(`output ${k}`);
  for (const [k, v] of Object.entries(run.env)) if (v.includes(secret)) where.push(`env ${k}`);
  return where;
}

/** The output names an action's action.yml declares. */
export function declaredOutputs(action: string): string[] {
  const doc = parseYaml(readFileSync(join(REPO_ROOT, 'actions', action, 'action.yml'), 'utf8')) as { outputs?: Record<string, unknown> };
  return Object.keys(doc.outputs ?? {});
}

/**
 * What hostile text marked with `marker` made the runner do: commands the
 * action did not issue (see foreignCommands), and outputs `action` does not
 * declare (a legacy set-output the runner ran; the outputs file is the
 * action's own). Empty when every such line was shown, not run.
 */
export function injections(run: ActionRun, marker: string, action: string): string[] {
  const declared = declaredOutputs(action);
  const found = foreignCommands(run.commands, run.resumed, marker).map(
    (c) => `command ${c.command}${Object.keys(c.properties).length ? ` ${JSON.stringify(c.properties)}` : ''}: ${c.data}`,
  );
  for (const [k, v] of Object.entries(run.outputs)) {
    if (!declared.includes(k)) found.push(`output ${k}=${v}`);
  }
  return found;
}

/**
 * Pieces of `secret` long enough to count as fragments (src/text/secrets.ts:
 * 8 characters, fewer for a short secret) that show, whitespace ignored, in
 * what the run left for people and later jobs: the log as the runner shows it
 * (masks applied), the summary, the outputs, and the given files.
 */
export function fragmentLeaks(run: ActionRun, secret: string, files: string[] = []): string[] {
  const windows = fragmentsOf(secret)?.windows ?? [secret];
  const places: [string, string][] = [
    ['log', run.log],
    ['step summary', run.summary],
    ...Object.entries(run.outputs).map(([k, v]) => [`output ${k}`, v] as [string, string]),
    ...files.map((f) => [f, existsSync(f) ? readFileSync(f, 'utf8') : ''] as [string, string]),
  ];
  const found: string[] = [];
  for (const [where, text] of places) {
    const compact = text.replace(/\s+/g, '');
    const hit = windows.find((w) => compact.includes(w));
    if (hit) found.push(`${where}: ${hit}`);
  }
  return found;
}
