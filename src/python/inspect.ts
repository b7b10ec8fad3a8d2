/** What an environment has installed, seen from inside it, in one Python start. */
import { realpathSync } from 'node:fs';
import { resolve } from 'node:path';
import { UserError } from '../errors.js';
import { silentLogger, type Logger } from '../log.js';
import type { Environment } from './environments.js';
import { tail } from '../process/index.js';
import { hostLayout } from './layout.js';
import { markedJson, pythonScript } from './scripts/index.js';
import { runPython } from './run.js';

/** Printed before inspect_installed.py's answer. */
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

export interface RecordCheck {
  /** How many files RECORD lists. */
  files: number;
  /** Listed files that are not there (the first 20), and how many. */
  missing: string[];
  missingCount: number;
  /** Listed files of another size than RECORD gives (the first 20), and how many. */
  resized: string[];
  resizedCount: number;
}

export interface InstalledDistribution {
  name: string;
  version: string;
  /** top_level.txt, or the top-level names of the installed files when it is absent. */
  topLevel: string[];
  /** The site directory holding it. */
  location: string;
  /** Its .dist-info (or .egg-info). */
  metadataDir: string;
  /** What its RECORD lists against what is there; undefined without a RECORD (an .egg-info). */
  record?: RecordCheck;
  /** Further metadata directories for the same name further along sys.path: a sign of a stale install. */
  alsoFound: string[];
}

/** What to inspect of one distribution. */
export interface WantedPackage {
  name: string;
  /** The module to import; null: nothing to import; undefined: chosen from the distribution's top-level names. */
  module?: string | null;
}

export interface PackageInspection {
  name: string;
  /** Undefined when the distribution is not installed. */
  dist?: InstalledDistribution;
  /** When no module was given: the one chosen (none when nothing is importable), and why. */
  chosen?: { module?: string; why: string };
  /** The module imported, when one was. */
  module?: string;
  imported?: ImportInspection;
}

export interface Inspection {
  packages: PackageInspection[];
  /** sys.path of the environment's interpreter, as the imports saw it. */
  sysPath: string[];
  prefix: string;
}

interface RawPackage {
  name: string;
  dist: (Omit<InstalledDistribution, 'record'> & { record: RecordCheck | null }) | null;
  chosen?: { module: string | null; why: string };
  module?: string;
  import?: { ok: boolean; version?: string | null; commit?: string | null; file?: string | null; error?: string };
}

/**
 * Reads each distribution as installed in the environment (the first on
 * sys.path, as an import would see it; RECORD checked against the files),
 * then imports each module, running in `cwd` (choose a directory outside any
 * checkout; it is removed from sys.path first). One interpreter start for all.
 */
export async function inspectInstalled(env: Environment, wanted: WantedPackage[], cwd: string, log: Logger = silentLogger): Promise<Inspection> {
  const request = wanted.map((w) => ({ name: w.name, module: w.module === null ? '-' : w.module ?? '' }));
  const r = await runPython(env, ['-c', pythonScript('inspect_installed'), JSON.stringify(request)], { cwd, log, timeoutMs: 300_000 });
  const raw = markedJson<{ packages: RawPackage[]; sysPath: string[]; prefix: string }>(r.stdout, MARK);
  if (!raw) {
    // The import runs the package's own code: one that hangs, exits or closes stdout is the package's doing.
    const names = wanted.map((w) => w.name).join(', ');
    const said = tail(r.stderr || r.stdout);
    const how = r.timedOut
      ? `did not finish within ${Math.round(r.timeoutMs / 1000)} s and was stopped`
      : r.code !== 0 ? `exited with code ${r.code} before it answered` : 'ended without an answer (an os._exit(0) in the import does that)';
    throw new UserError(
      `Importing ${names} with ${env.python} ${how}${said ? `:\n${said}` : '.'}\n`
        + 'Check what the package runs when it is imported (a server, a wait, os._exit): the import check runs it as a user\'s `import` would.',
    );
  }
  return {
    sysPath: raw.sysPath,
    prefix: raw.prefix,
    packages: raw.packages.map((p) => {
      const out: PackageInspection = { name: p.name };
      if (p.dist) {
        const { record, ...dist } = p.dist;
        out.dist = { ...dist, ...(record ? { record } : {}) };
      }
      if (p.chosen) out.chosen = { ...(p.chosen.module ? { module: p.chosen.module } : {}), why: p.chosen.why };
      if (p.module) out.module = p.module;
      if (p.import) {
        const i = p.import;
        out.imported = {
          ok: i.ok,
          ...(i.version != null ? { version: i.version } : {}),
          ...(i.commit != null ? { commit: i.commit } : {}),
          ...(i.file != null ? { file: i.file } : {}),
          ...(i.error ? { error: i.error } : {}),
        };
      }
      return out;
    }),
  };
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
  return hostLayout.isInside(real(env.root), real(file));
}
