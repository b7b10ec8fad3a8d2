/**
 * Where reStructuredText gets rendered: a Python 3 on the machine whose own
 * docutils (or readme_renderer) can be imported, or else docutils installed
 * with pip into a private directory (pinned, `--target`, `python -I`) and put
 * first on sys.path of that one run. Nothing is installed into an interpreter
 * or an environment. Decided once per process, with a small probe text, so
 * that a description that takes docutils too long is a verdict on that text,
 * not a reason to try every interpreter; when no way works, every call says
 * why, so the caller can warn about each description it could not check.
 */
import { existsSync, statSync } from 'node:fs';
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { silentLogger, type Logger } from '../log.js';
import { formatCommand, pythonEnvironment, runProcess, tail } from '../process/index.js';
import { runRenderScript, type RenderedText } from './render-description.js';

/** The docutils PyPI's readme_renderer runs on (readme_renderer 44 needs >= 0.21.2); pure Python, Python 3.9+. */
export const DOCUTILS_PIN = 'docutils==0.22.4';

export type RstRendering =
  | { available: true; renderer: string; results: RenderedText[] }
  | { available: false; reason: string };

export interface RstRenderer {
  /** Renders each text as PyPI would; one answer per text, in order. */
  render(texts: string[]): Promise<RstRendering>;
}

export interface RstRendererOptions {
  /** Interpreters to try, in order. Default: python3 and python on PATH, then /usr/bin/python3. */
  candidates?: string[];
  /** Where the private docutils goes. Default: $RUNNER_TOOL_CACHE or the temp directory, under pyrelease/. */
  installRoot?: string;
  /** Install docutils when no interpreter has it (default true). */
  install?: boolean;
  /** How long one batch of descriptions may take to render. Default 120 s. */
  renderTimeoutMs?: number;
  log?: Logger;
}

interface Choice {
  python: string;
  path?: string;
  renderer: string;
}

/** What a candidate must render to be chosen: docutils imports and works. */
const PROBE = ['Probe\n=====\n\nA *probe* of the renderer.\n'];
const PROBE_TIMEOUT_MS = 60_000;

export function createRstRenderer(opts: RstRendererOptions = {}): RstRenderer {
  const log = opts.log ?? silentLogger;
  let choosing: Promise<Choice | { reason: string }> | undefined;
  return {
    async render(texts) {
      choosing ??= choose(opts, log);
      const choice = await choosing;
      if ('reason' in choice) return { available: false, reason: choice.reason };
      if (texts.length === 0) return { available: true, renderer: choice.renderer, results: [] };
      const r = await runRenderScript(choice.python, texts, { path: choice.path, log, ...(opts.renderTimeoutMs ? { timeoutMs: opts.renderTimeoutMs } : {}) });
      if (r.kind !== 'rendered') return { available: false, reason: `${choice.renderer} failed: ${r.error}` };
      return { available: true, renderer: choice.renderer, results: r.results };
    },
  };
}

let shared: RstRenderer | undefined;

/** The process's renderer: the choice (and any install) happens once, on first use. */
export function defaultRstRenderer(): RstRenderer {
  shared ??= createRstRenderer();
  return shared;
}

async function choose(opts: RstRendererOptions, log: Logger): Promise<Choice | { reason: string }> {
  const candidates = opts.candidates ?? defaultCandidates();
  const none = (reason: string): { reason: string } => ({ reason });
  if (candidates.length === 0) return none('there is no python3 or python on PATH');
  const tried: string[] = [];
  const describe = (python: string, info: Record<string, string | null>, path?: string): string =>
    `${python} (Python ${info.python}, ${info.readme_renderer ? `readme_renderer ${info.readme_renderer}, ` : ''}docutils ${info.docutils}${path ? ` from ${path}` : ''})`;

  const installDir = join(opts.installRoot ?? process.env.RUNNER_TOOL_CACHE ?? tmpdir(), 'pyrelease', DOCUTILS_PIN.replace('==', '-'));
  const installed = existsSync(join(installDir, '.complete'));
  for (const python of candidates) {
    for (const path of installed ? [undefined, installDir] : [undefined]) {
      const probe = await runRenderScript(python, PROBE, { path, log, timeoutMs: PROBE_TIMEOUT_MS });
      if (probe.kind === 'rendered') {
        const renderer = describe(python, probe.renderer, path);
        log.debug(`Descriptions are rendered with ${renderer}`);
        return { python, ...(path ? { path } : {}), renderer };
      }
      tried.push(`${python}${path ? ` with ${path}` : ''}: ${probe.error}`);
    }
  }
  if (opts.install === false) return none(`no interpreter could import docutils (${tried.join('; ')})`);

  for (const python of candidates) {
    const failure = await installDocutils(python, installDir, log);
    if (failure) {
      tried.push(`pip install ${DOCUTILS_PIN} with ${python}: ${failure}`);
      continue;
    }
    const probe = await runRenderScript(python, PROBE, { path: installDir, log, timeoutMs: PROBE_TIMEOUT_MS });
    if (probe.kind === 'rendered') {
      const renderer = describe(python, probe.renderer, installDir);
      log.info(`Installed ${DOCUTILS_PIN} into ${installDir} to render descriptions as PyPI does`);
      return { python, path: installDir, renderer };
    }
    tried.push(`${python} with ${installDir}: ${probe.error}`);
  }
  return none(`no Python 3 here can import docutils, and installing ${DOCUTILS_PIN} failed (${tried.join('; ')})`);
}

/**
 * `python -I -m pip install --target` into a fresh directory, moved into place
 * once complete, so a half-done install is never used. The runner's own pip
 * configuration (index, mirror, certificates) applies: that is where it installs from.
 */
async function installDocutils(python: string, installDir: string, log: Logger): Promise<string | undefined> {
  const staging = `${installDir}.partial-${process.pid}-${Date.now()}`;
  const args = ['-I', '-m', 'pip', 'install', '--disable-pip-version-check', '--no-input', '--no-deps', '--only-binary', ':all:', '--no-compile', '--target', staging, DOCUTILS_PIN];
  log.debug(`$ ${formatCommand(python, args)}`);
  const env = pythonEnvironment();
  delete env.PIP_CONFIG_FILE;
  for (const [key, value] of Object.entries(process.env)) {
    if (value !== undefined && /^PIP_(INDEX_URL|EXTRA_INDEX_URL|FIND_LINKS|TRUSTED_HOST|CERT|CLIENT_CERT|PROXY|TIMEOUT|DEFAULT_TIMEOUT|RETRIES)$/.test(key)) env[key] = value;
  }
  try {
    await mkdir(join(installDir, '..'), { recursive: true });
    const r = await runProcess(python, args, { env, timeoutMs: 300_000 });
    if (r.code !== 0) return `exit ${r.code}${r.timedOut ? ' (timed out)' : ''}: ${tail(r.stderr || r.stdout, 3)}`;
    await writeFile(join(staging, '.complete'), `${DOCUTILS_PIN}\n`);
    await rm(installDir, { recursive: true, force: true });
    await rename(staging, installDir);
    return undefined;
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  } finally {
    await rm(staging, { recursive: true, force: true });
  }
}

/** python3 and python as PATH finds them, then the system's /usr/bin/python3. */
function defaultCandidates(): string[] {
  const names = process.platform === 'win32' ? ['python.exe', 'python3.exe'] : ['python3', 'python'];
  const found: string[] = [];
  for (const name of names) {
    for (const dir of (process.env.PATH ?? '').split(delimiter)) {
      if (!dir) continue;
      const candidate = join(dir, name);
      if (isFile(candidate)) {
        found.push(candidate);
        break;
      }
    }
  }
  if (process.platform !== 'win32' && isFile('/usr/bin/python3')) found.push('/usr/bin/python3');
  return [...new Set(found)];
}

function isFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}
