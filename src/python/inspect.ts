/** What an environment has installed, seen from inside it. */
import { realpathSync } from 'node:fs';
import { relative, resolve, isAbsolute } from 'node:path';
import { silentLogger, type Logger } from '../log.js';
import type { Environment } from './environments.js';
import { tail } from '../process/index.js';
import { markedJson, withPrologue } from './scripts/index.js';
import { runPython } from './run.js';

/** Printed by inspect_prologue.py's _emit before each answer. */
const MARK = '__PYRELEASE_INSPECT__';

export interface ImportInspection {
  ok: boolean;
  /** str(module.__version__), when it has one. */
  version?: string;
  /** str(module.__commit__), when it has one (Ray-style embedded commit). */
  commit?: string;
  /** Absolute module.__file__ (or the first __path__ entry of a namespace package). */
  file?: string;
  /** The traceback, or why no answer came back. */
  error?: string;
}

/**
 * Imports `importName` inside the environment, running in `cwd` (choose a
 * directory outside any checkout), and reports __version__, __commit__ and
 * __file__. The working directory is removed from sys.path first.
 */
export async function inspectImport(env: Environment, importName: string, cwd: string, log: Logger = silentLogger): Promise<ImportInspection> {
  const r = await runPython(env, ['-c', withPrologue('inspect_import', 'inspect_prologue'), importName], { cwd, log, timeoutMs: 300_000 });
  const result = markedJson<{ ok: boolean; version?: string | null; commit?: string | null; file?: string | null; error?: string }>(r.stdout, MARK);
  if (!result) {
    return { ok: false, error: `importing ${importName} gave no answer (exit ${r.code}${r.timedOut ? ', timed out' : ''}):\n${tail(r.stderr || r.stdout)}` };
  }
  const out: ImportInspection = { ok: result.ok };
  if (result.version != null) out.version = result.version;
  if (result.commit != null) out.commit = result.commit;
  if (result.file != null) out.file = result.file;
  if (result.error) out.error = result.error;
  return out;
}

export interface InstalledDistribution {
  name: string;
  version: string;
  /** top_level.txt, or the top-level names of the installed files when it is absent. */
  topLevel: string[];
  /** RECORD paths (relative to `location`; scripts appear as ../../bin/...). */
  files: string[];
  /** The site directory holding it. */
  location: string;
  /** Its .dist-info (or .egg-info). */
  metadataDir: string;
  /** Further metadata directories for the same name further along sys.path: a sign of a stale install. */
  alsoFound: string[];
}

/**
 * The distribution `distName` as installed in the environment (the first on
 * sys.path, as an import would see it), read from its .dist-info directly:
 * no pkg_resources or importlib.metadata, so it works the same on 2.7.
 */
export async function installedDistribution(env: Environment, distName: string, log: Logger = silentLogger): Promise<InstalledDistribution | undefined> {
  const r = await runPython(env, ['-c', withPrologue('installed_distribution', 'inspect_prologue'), distName], { cwd: env.root, log, timeoutMs: 120_000 });
  if (r.code !== 0 || !r.stdout.includes(MARK)) {
    throw new Error(`Reading the installed ${distName} in ${env.root} failed (exit ${r.code}):\n${tail(r.stderr || r.stdout)}`);
  }
  return markedJson<InstalledDistribution | null>(r.stdout, MARK) ?? undefined;
}

/** Whether `file` lies inside the environment's root, comparing real paths (macOS /var is /private/var). */
export function fileIsInEnvironment(env: Environment, file: string): boolean {
  const real = (p: string): string => {
    try {
      return realpathSync(p);
    } catch {
      return resolve(p);
    }
  };
  const rel = relative(real(env.root), real(file));
  return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel));
}
