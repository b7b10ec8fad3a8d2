/**
 * The verify plan: every wheel of the manifest installed once, on a runner
 * that can install it. Wheels that share a runner, a Python and a container
 * share a leg, which installs them together; two wheels of one distribution
 * cannot share an environment, so the second goes to a second leg of the same
 * kind. The plan is what `strategy.matrix` takes (`include`), plus the wheels
 * no planned runner can install, each with the reason.
 */
// From their own modules, not the barrel: this action's bundle then leaves out the archive readers (start-up time).
import { parseWheelFilename, type WheelFilename } from '../../distributions/filename.js';
import type { Manifest } from '../../distributions/manifest.js';
import { UserError } from '../../errors.js';
import type { PlannedLeg, UnverifiableWheel, VerifyPlan } from '../../verification/plan.js';
import { resolveRunners, type RunnerKind, type RunsOn } from './runners.js';
import {
  DEFAULT_PURE_PYTHON,
  newestTargetedPython,
  wheelTarget,
  type LegTarget,
  type PlanContext,
} from './targets.js';

/** GitHub's cap on the jobs of one matrix. */
export const MAX_LEGS = 256;

export interface PlanOptions {
  /** Runner labels per kind, replacing the hosted ones. */
  runners?: Partial<Record<RunnerKind, RunsOn>>;
}

const KIND_NAMES: Record<RunnerKind, string> = {
  'linux-x86_64': 'Linux x86_64',
  'linux-aarch64': 'Linux aarch64',
  'linux-armv7l': 'Linux armv7l',
  'linux-ppc64le': 'Linux ppc64le',
  'linux-s390x': 'Linux s390x',
  'linux-riscv64': 'Linux riscv64',
  'macos-arm64': 'macOS arm64',
  'macos-x86_64': 'macOS x86_64',
  'windows-amd64': 'Windows x86_64',
  'windows-arm64': 'Windows arm64',
};

function legKey(t: LegTarget): string {
  return JSON.stringify([t.runner.kind, t.runner.runsOn, t.python, t.setup, t.architecture ?? '', t.container ?? '']);
}

function legId(t: LegTarget, slot: number): string {
  const parts = [t.runner.kind, t.python];
  if (t.setup === 'container') parts.push(t.container!.includes('alpine') ? 'alpine' : 'container');
  if (t.setup === 'conda') parts.push('conda');
  if (t.architecture === 'x86') parts.push('x86');
  if (slot > 1) parts.push(String(slot));
  return parts.join('-').replace(/[^A-Za-z0-9._-]/g, '_');
}

function legName(t: LegTarget, slot: number): string {
  const python = t.python.startsWith('pypy') ? `PyPy ${t.python.slice(4)}` : `Python ${t.python}`;
  const how = t.setup === 'container' ? ` in ${t.container}` : t.setup === 'conda' ? ' (conda osx-64, under Rosetta)' : t.architecture === 'x86' ? ' (32-bit)' : '';
  return `${KIND_NAMES[t.runner.kind]} · ${python}${how}${slot > 1 ? ` #${slot}` : ''}`;
}

function kindOrder(kind: RunnerKind): number {
  return Object.keys(KIND_NAMES).indexOf(kind);
}

function pythonOrder(python: string): number[] {
  const m = /(\d+)\.(\d+)/.exec(python);
  return [python.startsWith('pypy') ? 1 : 0, m ? Number(m[1]) : 0, m ? Number(m[2]) : 0, python.endsWith('t') ? 1 : 0];
}

function compareArrays(a: number[], b: number[]): number {
  for (let i = 0; i < Math.max(a.length, b.length); i++) if ((a[i] ?? 0) !== (b[i] ?? 0)) return (a[i] ?? 0) - (b[i] ?? 0);
  return 0;
}

export function planVerify(manifest: Manifest, opts: PlanOptions = {}): VerifyPlan {
  return planWheels(manifest.files.map((f) => f.filename), opts);
}

/** The plan for these filenames (sdists are left out): the rehearsal adds the wheels a project builds elsewhere. */
export function planWheels(filenames: string[], opts: PlanOptions = {}): VerifyPlan {
  const wheels: WheelFilename[] = [];
  for (const name of filenames) if (name.endsWith('.whl')) wheels.push(parseWheelFilename(name));
  wheels.sort((a, b) => (a.filename < b.filename ? -1 : a.filename > b.filename ? 1 : 0));
  const ctx: PlanContext = { runners: resolveRunners(opts.runners), purePython: newestTargetedPython(wheels) ?? DEFAULT_PURE_PYTHON };

  // Legs of one kind, in slots: slot n holds at most one wheel of each distribution.
  const groups = new Map<string, { target: LegTarget; slots: WheelFilename[][] }>();
  const unverifiable: UnverifiableWheel[] = [];
  for (const w of wheels) {
    const t = wheelTarget(w, ctx);
    if (!('runner' in t)) {
      unverifiable.push({ wheel: w.filename, reason: t.reason, ...(t.kind ? { kind: t.kind } : {}) });
      continue;
    }
    const key = legKey(t);
    const group = groups.get(key) ?? { target: t, slots: [] };
    groups.set(key, group);
    const free = group.slots.find((slot) => !slot.some((other) => other.normalizedName === w.normalizedName));
    if (free) free.push(w);
    else group.slots.push([w]);
  }

  const legs: { kind: RunnerKind; leg: PlannedLeg }[] = [];
  for (const { target: t, slots } of groups.values()) {
    slots.forEach((slot, i) => {
      legs.push({
        kind: t.runner.kind,
        leg: {
          id: legId(t, i + 1),
          name: legName(t, i + 1),
          'runs-on': t.runner.runsOn,
          python: t.python,
          'python-setup': t.setup,
          ...(t.architecture ? { architecture: t.architecture } : {}),
          ...(t.container ? { container: t.container } : {}),
          wheels: slot.map((w) => w.filename),
          packages: [...new Set(slot.map((w) => w.normalizedName))].sort(),
        },
      });
    });
  }
  legs.sort((a, b) => kindOrder(a.kind) - kindOrder(b.kind) || compareArrays(pythonOrder(a.leg.python), pythonOrder(b.leg.python)) || a.leg.id.localeCompare(b.leg.id));
  const include = legs.map((l) => l.leg);
  if (include.length > MAX_LEGS) {
    throw new UserError(`The plan needs ${include.length} legs; a GitHub Actions matrix runs at most ${MAX_LEGS}. Split the release, or verify a part of the set.`);
  }
  return { include, unverifiable };
}
