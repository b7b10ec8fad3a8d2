/**
 * The interpreters a rehearsal verifies on: the ones asked for with --python
 * (each must exist), or by default the machine's 2.7 and its newest 3.x. A
 * missing default 2.7 does not stop the rehearsal, but its legs are shown as
 * skipped, never as passed.
 */
import { UserError } from '../errors.js';
import type { Logger } from '../log.js';
import { resolvePython, type Interpreter, type SearchEnv } from '../python/index.js';

export const DEFAULT_PYTHONS = ['2.7', '3.x'];

export interface PythonLeg {
  /** What the leg is called in the report: 2.7, 3.13, or the spec when nothing was found. */
  label: string;
  /** As asked for (or defaulted). */
  requested: string;
  /** Where the spec stands in the list asked for (or defaulted). */
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

export async function choosePythons(
  requested: string[] | undefined,
  log: Logger,
  searchEnv?: SearchEnv,
  resolve: Resolver = resolvePython,
): Promise<{ legs: PythonLeg[]; warnings: string[] }> {
  const specs = requested ?? DEFAULT_PYTHONS;
  const warnings: string[] = [];
  const legs: PythonLeg[] = [];
  const seen = new Map<string, string>();
  for (const [position, spec] of specs.entries()) {
    let py: Interpreter;
    try {
      py = await resolve(spec, searchEnv, log);
    } catch (err) {
      if (!(err instanceof UserError)) throw err;
      if (requested === undefined && spec === '2.7') {
        const why = `no Python 2.7 on this machine (searched the tool cache, PATH and pyenv); the 2.7 legs are skipped, so this rehearsal does not show that the release installs on Python 2. Install 2.7 (e.g. pyenv install 2.7.18) or pass --python to choose the interpreters.`;
        warnings.push(why);
        legs.push({ label: '2.7', requested: spec, position, skipped: 'no Python 2.7 found' });
        continue;
      }
      throw new UserError(`--python ${spec}: ${err.message}`);
    }
    const label = `${py.major}.${py.minor}`;
    const twin = seen.get(py.path);
    if (twin !== undefined) {
      warnings.push(`--python ${spec} is the same interpreter as ${twin} (${py.path}); it is verified once.`);
      continue;
    }
    seen.set(py.path, spec);
    legs.push({ label: legs.some((l) => l.label === label) ? `${label} (${py.path})` : label, requested: spec, position, interpreter: py });
  }
  if (!legs.some((l) => l.interpreter)) throw new UserError('No interpreter to verify on. Pass --python with at least one that exists.');
  return { legs, warnings };
}
