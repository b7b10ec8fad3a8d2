/**
 * The verify plan, as plan-verify writes it and the approval brief reads it:
 * the legs of the verify matrix (`strategy.matrix.include`), each with the
 * wheels it installs, and the wheels no planned runner can install, each with
 * the reason. Read back from JSON (a job output or a file), it is checked
 * field by field: it comes from another job.
 */
import { UserError } from '../errors.js';

export type RunsOn = string | string[];

/** One entry of `strategy.matrix.include`. */
export interface PlannedLeg {
  /** Unique in the plan and safe in an artifact name: linux-x86_64-3.9, macos-arm64-2.7-conda. */
  id: string;
  /** For people: "Linux x86_64 · Python 3.9". */
  name: string;
  'runs-on': RunsOn;
  /** As actions/setup-python reads it: 3.9, 3.13t, pypy3.10; 2.7 for the container and conda legs. */
  python: string;
  /** How the leg gets its Python: setup-python, container (the image has it) or conda (osx-64 under Rosetta). */
  'python-setup': 'setup-python' | 'container' | 'conda';
  /** setup-python's architecture: x64, arm64, x86. */
  architecture?: string;
  container?: string;
  /** The filenames this leg installs, together. */
  wheels: string[];
  /** Their distributions (PEP 503 names). */
  packages: string[];
}

export interface UnverifiableWheel {
  wheel: string;
  reason: string;
  /** The runner kind a label of your own would make it installable on. */
  kind?: string;
}

export interface VerifyPlan {
  include: PlannedLeg[];
  unverifiable: UnverifiableWheel[];
}

const SETUPS = ['setup-python', 'container', 'conda'];

function fail(where: string, detail: string): never {
  throw new UserError(`${where} is not a verify plan: ${detail}. Pass what plan-verify wrote (its matrix and unverifiable outputs, or pyrelease plan-verify --json).`);
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

const isStringList = (v: unknown): v is string[] => Array.isArray(v) && v.every((x) => typeof x === 'string' && x !== '');

export function parsePlannedLegs(data: unknown, where: string): PlannedLeg[] {
  const include = isObject(data) ? data.include : data;
  if (!Array.isArray(include)) fail(where, 'expected {"include": [...]} or a list of legs');
  const ids = new Set<string>();
  return include.map((leg, i) => {
    const at = `include[${i}]`;
    if (!isObject(leg)) fail(where, `${at} is not an object`);
    for (const key of ['id', 'name', 'python'] as const) if (typeof leg[key] !== 'string' || leg[key] === '') fail(where, `${at}.${key} must be a non-empty string`);
    const runsOn = leg['runs-on'];
    if (!(typeof runsOn === 'string' && runsOn !== '') && !(isStringList(runsOn) && runsOn.length > 0)) fail(where, `${at}.runs-on must be a label or a list of labels`);
    if (!SETUPS.includes(leg['python-setup'] as string)) fail(where, `${at}.python-setup must be one of ${SETUPS.join(', ')}`);
    if (!isStringList(leg.wheels) || leg.wheels.length === 0) fail(where, `${at}.wheels must list the wheels the leg installs`);
    if (leg.packages !== undefined && !isStringList(leg.packages)) fail(where, `${at}.packages must be a list of names`);
    for (const key of ['architecture', 'container'] as const) if (leg[key] !== undefined && typeof leg[key] !== 'string') fail(where, `${at}.${key} must be a string`);
    if (ids.has(leg.id as string)) fail(where, `two legs have the id ${leg.id as string}`);
    ids.add(leg.id as string);
    return {
      id: leg.id as string,
      name: leg.name as string,
      'runs-on': runsOn as RunsOn,
      python: leg.python as string,
      'python-setup': leg['python-setup'] as PlannedLeg['python-setup'],
      ...(leg.architecture ? { architecture: leg.architecture as string } : {}),
      ...(leg.container ? { container: leg.container as string } : {}),
      wheels: leg.wheels,
      packages: (leg.packages as string[] | undefined) ?? [],
    };
  });
}

export function parseUnverifiable(data: unknown, where: string): UnverifiableWheel[] {
  const list = isObject(data) ? data.unverifiable : data;
  if (!Array.isArray(list)) fail(where, 'expected a list of {"wheel", "reason"}');
  return list.map((entry, i) => {
    if (!isObject(entry) || typeof entry.wheel !== 'string' || entry.wheel === '' || typeof entry.reason !== 'string') {
      fail(where, `unverifiable[${i}] must have a wheel and a reason`);
    }
    return { wheel: entry.wheel, reason: entry.reason, ...(typeof entry.kind === 'string' ? { kind: entry.kind } : {}) };
  });
}

/** A whole plan, as `pyrelease plan-verify --json` prints it. */
export function parsePlan(data: unknown, where: string): VerifyPlan {
  if (!isObject(data)) fail(where, 'expected a JSON object with include and unverifiable');
  return { include: parsePlannedLegs(data.include ?? [], where), unverifiable: parseUnverifiable(data.unverifiable ?? [], where) };
}

/** JSON text from a job output or a file, parsed or refused with where it came from. */
export function parseJsonText(text: string, where: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new UserError(`${where} is not valid JSON (${error instanceof Error ? error.message : String(error)}).`);
  }
}
