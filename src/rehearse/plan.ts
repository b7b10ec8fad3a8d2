/**
 * Which legs of the verify plan this machine runs. The plan is plan-verify's
 * (`planWheels`, what `pyrelease plan-verify` prints for the set): every
 * wheel to one leg of the workflow's matrix, or unverifiable. The rehearsal
 * runs the legs planned for this machine's runner kind (Linux x86_64 here)
 * on a local interpreter whose pip accepts every wheel of the leg, the one of
 * the leg's Python where there is one; every other leg is planned for its
 * hosted runner and reported as such, never as passed.
 */
import { arch, platform } from 'node:os';
import { resolveRunners, runsOnText, type RunnerKind } from '../commands/plan-verify/index.js';
import { parseWheelFilename } from '../distributions/index.js';
import type { PlannedLeg, VerifyPlan } from '../verification/plan.js';
import type { PythonLeg } from './pythons.js';

/** A leg of the plan that runs here, on one interpreter of this machine. */
export interface LocalLeg {
  planned: PlannedLeg;
  python: PythonLeg;
  /** Where it stands among the local legs (step ids are numbered by it). */
  position: number;
}

export interface RehearsalPlan {
  /** plan-verify's plan for the set, and for the wheels the project builds elsewhere. */
  plan: VerifyPlan;
  local: LocalLeg[];
  /** Legs this machine cannot run: they run on their hosted runner in the workflow. */
  hosted: PlannedLeg[];
  /** Why each hosted leg is not run here. */
  notHere: Map<string, string>;
}

/** This machine as a plan-verify runner kind, when it is one. */
export function machineKind(os: string = platform(), cpu: string = arch()): RunnerKind | undefined {
  const kinds: Record<string, RunnerKind> = {
    'linux x64': 'linux-x86_64',
    'linux arm64': 'linux-aarch64',
    'darwin arm64': 'macos-arm64',
    'darwin x64': 'macos-x86_64',
    'win32 x64': 'windows-amd64',
    'win32 arm64': 'windows-arm64',
  };
  return kinds[`${os} ${cpu}`];
}

/** Does an interpreter with these compatible tags (pip's) install this wheel? */
function installs(filename: string, tags: Set<string>): boolean {
  const w = parseWheelFilename(filename);
  return w.pythonTags.some((py) => w.abiTags.some((abi) => w.platformTags.some((p) => tags.has(`${py}-${abi}-${p}`))));
}

/**
 * Splits the plan into the legs run here and the legs planned for hosted
 * runners. A leg runs here when its runner is this machine's kind and an
 * interpreter of this machine takes every wheel of it: the interpreter of the
 * leg's Python (standing in for a container's: python:2.7, python:3.7-bullseye), else the newest
 * that does (a pure or abi3 leg planned for a Python this machine lacks).
 */
export function localLegs(plan: VerifyPlan, pythons: { leg: PythonLeg; tags?: string[] }[], kind: RunnerKind | undefined = machineKind()): RehearsalPlan {
  const here = kind ? resolveRunners()[kind]?.runsOn : undefined;
  const usable = pythons.filter((p) => p.leg.interpreter && p.tags).map((p) => ({ leg: p.leg, tags: new Set(p.tags) }));
  const local: LocalLeg[] = [];
  const hosted: PlannedLeg[] = [];
  const notHere = new Map<string, string>();
  for (const planned of plan.include) {
    if (here === undefined || runsOnText(planned['runs-on']) !== runsOnText(here)) {
      hosted.push(planned);
      notHere.set(planned.id, `runs on ${runsOnText(planned['runs-on'])}, not this machine (${platform()} ${arch()})`);
      continue;
    }
    const fits = usable.filter((p) => planned.wheels.every((w) => installs(w, p.tags)));
    const own = fits.find((p) => `${p.leg.interpreter!.major}.${p.leg.interpreter!.minor}` === planned.python.replace(/t$/, ''));
    const chosen = own ?? fits.at(-1);
    if (!chosen) {
      hosted.push(planned);
      notHere.set(planned.id, `no interpreter of this machine installs ${planned.wheels.join(', ')}`);
      continue;
    }
    local.push({ planned, python: chosen.leg, position: local.length });
  }
  return { plan, local, hosted, notHere };
}

/** How a planned leg reads in the report: `macos-15 · Python 3.12 (macos-arm64-3.12)`. */
export function hostedLegLabel(leg: PlannedLeg): string {
  return `${runsOnText(leg['runs-on'])}${leg.container ? ` in ${leg.container}` : ''} · Python ${leg.python} (${leg.id})`;
}

/**
 * The plan the approval brief checks the TestPyPI set against: the legs and
 * wheels of the set only (the wheels built elsewhere are not in its
 * manifest), with the hosted legs declared to run elsewhere.
 */
export function briefPlan(rp: RehearsalPlan, inSet: Set<string>): { include: PlannedLeg[]; unverifiable: VerifyPlan['unverifiable']; elsewhere: string[] } {
  const include = rp.plan.include
    .map((l) => ({ ...l, wheels: l.wheels.filter((w) => inSet.has(w)) }))
    .filter((l) => l.wheels.length > 0);
  const ids = new Set(include.map((l) => l.id));
  return {
    include,
    unverifiable: rp.plan.unverifiable.filter((u) => inSet.has(u.wheel)),
    elsewhere: rp.hosted.map((l) => l.id).filter((id) => ids.has(id)),
  };
}
