/**
 * The interpreters a rehearsal builds for and verifies on: the ones asked for
 * with --python (each must exist), or by default every interpreter of this
 * machine: its 2.7 and each 3.x minor version (tool cache, PATH and pyenv, as
 * verify-install searches). A missing default 2.7 does not stop the
 * rehearsal, but its legs are shown as skipped, never as passed.
 */
import { UserError } from '../errors.js';
import type { Logger } from '../log.js';
import { listPythons, resolvePython, type Interpreter, type SearchEnv } from '../python/index.js';

export interface PythonLeg {
  /** What the leg is called in the report: 2.7, 3.13, or the spec when nothing was found. */
  label: string;
  /** As asked for (or defaulted). */
  requested: string;
  /** Where the leg stands in the list (step ids are numbered by it). */
  position: number;
  interpreter?: Interpreter;
  /** Why the leg does not run. */
  skipped?: string;
}

/** "2.7,3.12" → ['2.7', '3.12']; undefined for the default. */
export function parsePythonList(text: string | undefined): string[] | undefined {
  if (text === undefined) return undefined;
  const specs = text.split(',').map((s) => s.trim()).filter((s) => s !== '');
  if (specs.length === 0) throw new UserError('--python needs at least one interpreter, e.g. --python 2.7,3.12 (versions or paths, comma-separated).');
  return specs;
}

export type Resolver = (spec: string, env: SearchEnv | undefined, log: Logger) => Promise<Interpreter>;
export type Lister = (spec: string, env: SearchEnv | undefined, log: Logger) => Promise<Interpreter[]>;

const NO_27 = 'no Python 2.7 on this machine (searched the tool cache, PATH and pyenv); the 2.7 legs are skipped, so this rehearsal does not show that the release installs on Python 2. '
  + 'Install 2.7 (e.g. pyenv install 2.7.18) or pass --python to choose the interpreters.';

export async function choosePythons(
  requested: string[] | undefined,
  log: Logger,
  searchEnv?: SearchEnv,
  resolve: Resolver = resolvePython,
  list: Lister = listPythons,
): Promise<{ legs: PythonLeg[]; warnings: string[] }> {
  const warnings: string[] = [];
  const legs: PythonLeg[] = [];
  const seen = new Map<string, string>();
  const add = (py: Interpreter, spec: string): void => {
    const label = `${py.major}.${py.minor}`;
    const twin = seen.get(py.path);
    if (twin !== undefined) {
      warnings.push(`--python ${spec} is the same interpreter as ${twin} (${py.path}); it is verified once.`);
      return;
    }
    seen.set(py.path, spec);
    legs.push({ label: legs.some((l) => l.label === label) ? `${label} (${py.path})` : label, requested: spec, position: legs.length, interpreter: py });
  };

  if (requested === undefined) {
    try {
      add(await resolve('2.7', searchEnv, log), '2.7');
    } catch (err) {
      if (!(err instanceof UserError)) throw err;
      warnings.push(NO_27);
      legs.push({ label: '2.7', requested: '2.7', position: 0, skipped: 'no Python 2.7 found' });
    }
    for (const py of await list('3', searchEnv, log)) if (py.implementation === 'cpython') add(py, `${py.major}.${py.minor}`);
    if (!legs.some((l) => l.interpreter && l.interpreter.major === 3)) {
      throw new UserError('No Python 3 interpreter on this machine (searched the tool cache, PATH and pyenv). Install one, or pass --python with the interpreters to use.');
    }
    return { legs, warnings };
  }

  for (const spec of requested) {
    let py: Interpreter;
    try {
      py = await resolve(spec, searchEnv, log);
    } catch (err) {
      if (!(err instanceof UserError)) throw err;
      throw new UserError(`--python ${spec}: ${err.message}`);
    }
    add(py, spec);
  }
  if (legs.length === 0) throw new UserError('No interpreter to verify on. Pass --python with at least one that exists.');
  return { legs, warnings };
}
