/**
 * Which wheel each verify leg installs. The one place that decides it for the
 * rehearsal: every local leg (an interpreter of this machine) installs, of
 * each distribution, the wheel pip would choose for it (its compatible tags,
 * in pip's order), so each leg installs its own wheels of every distribution;
 * every other wheel of the set is planned for the hosted runner that could
 * install it, or declared unverifiable.
 *
 * The hosted part is a stand-in for `pyrelease plan-verify` (issue 14), which
 * plans the workflow's whole matrix: when it exists, `planLegs` takes its
 * `include` entries and keeps the ones whose runner is this machine, and the
 * rest of the rehearsal does not change.
 */
import { normalizeName, parseWheelFilename } from '../distributions/index.js';
import { requiresPythonAllows } from '../commands/verify-install/index.js';
import { describeInterpreter, preferredWheel } from '../python/index.js';
import type { PythonLeg } from './pythons.js';

/** A wheel of the release: built and fetched, or declared as built elsewhere. */
export interface PlanWheel {
  filename: string;
  /** The distribution's name as its metadata spells it. */
  distribution: string;
}

export interface LocalInstall {
  distribution: string;
  /** The wheel this leg installs. */
  wheel?: string;
  /**
   * Why this leg installs nothing of the distribution: no interpreter,
   * Requires-Python excludes it, or no wheel of the set installs on it (the
   * set is covered wheel by wheel: such a wheel goes to a hosted leg).
   */
  skipped?: string;
}

export interface LocalLegPlan {
  leg: PythonLeg;
  installs: LocalInstall[];
}

/** A leg of the workflow's verify matrix that this machine cannot run (plan-verify's `include` entry). */
export interface HostedLeg {
  'runs-on': string;
  python: string;
  container?: string;
  wheels: string[];
}

export interface LegPlan {
  local: LocalLegPlan[];
  hosted: HostedLeg[];
  /** Wheels no hosted runner can install either. */
  unverifiable: { wheel: string; reason: string }[];
}

export interface PlanInput {
  /** The distributions of the release, in order. */
  distributions: { name: string; requiresPython?: string }[];
  /** The wheels of the fetched set. */
  wheels: PlanWheel[];
  /** Wheels the project builds on other platforms (declared, not built here). */
  elsewhere: PlanWheel[];
  /** This machine's legs; `tags` (pip's compatible tags, best first) for those with an interpreter. */
  legs: { leg: PythonLeg; tags?: string[] }[];
}

/** The wheel's filename in a leg label: `3.12` of cp312, `3.x` of abi3 and py3. */
function pythonOf(filename: string): string {
  const w = parseWheelFilename(filename);
  const cp = w.pythonTags.map((t) => /^cp(\d)(\d+)$/.exec(t)).find(Boolean);
  if (cp && !w.abiTags.includes('abi3')) return `${cp[1]}.${cp[2]}`;
  if (w.pythonTags.some((t) => /^(py|cp)2/.test(t)) && !w.pythonTags.some((t) => /^(py|cp)3/.test(t))) return '2.7';
  return '3.x';
}

/**
 * The GitHub-hosted runner that installs a wheel of this platform, or why
 * none does: the small table the stand-in needs (plan-verify owns the real
 * one, with overridable labels).
 */
export function hostedRunnerFor(filename: string): { 'runs-on': string; python: string; container?: string } | { reason: string } {
  const w = parseWheelFilename(filename);
  const python = pythonOf(filename);
  const platforms = w.platformTags;
  const has = (re: RegExp) => platforms.some((p) => re.test(p));
  if (has(/^any$/)) return { 'runs-on': 'ubuntu-latest', python };
  if (has(/^manylinux.*_x86_64$/)) {
    return python === '2.7' ? { 'runs-on': 'ubuntu-latest', python, container: 'python:2.7.18-buster' } : { 'runs-on': 'ubuntu-latest', python };
  }
  if (has(/^manylinux.*_aarch64$/)) return { 'runs-on': 'ubuntu-24.04-arm', python };
  if (has(/^musllinux_\d+_\d+_x86_64$/)) return { 'runs-on': 'ubuntu-latest', python, container: `python:${python === '3.x' ? '3' : python}-alpine` };
  if (has(/^macosx_\d+_\d+_(arm64|universal2)$/)) return { 'runs-on': 'macos-latest', python };
  if (has(/^macosx_\d+_\d+_(x86_64|intel)$/)) return { 'runs-on': 'macos-13', python };
  if (has(/^win_amd64$|^win32$/)) return { 'runs-on': 'windows-latest', python };
  if (has(/^win_arm64$/)) return { 'runs-on': 'windows-11-arm', python };
  if (has(/^linux_/)) return { reason: `${platforms.join('.')} wheels install only where they were built (and PyPI refuses them)` };
  return { reason: `no GitHub-hosted runner installs ${platforms.join('.')} wheels` };
}

/** Decides which wheels each local leg installs, and which legs are planned for hosted runners. */
export function planLegs(input: PlanInput): LegPlan {
  const installedHere = new Set<string>();
  const local: LocalLegPlan[] = input.legs.map(({ leg, tags }) => {
    const installs = input.distributions.map((d): LocalInstall => {
      if (!leg.interpreter || !tags) return { distribution: d.name, skipped: leg.skipped ?? 'no interpreter' };
      if (!requiresPythonAllows(d.requiresPython, leg.interpreter.version)) {
        return { distribution: d.name, skipped: `Requires-Python ${d.requiresPython} excludes ${describeInterpreter(leg.interpreter)}` };
      }
      const candidates = input.wheels.filter((w) => normalizeName(w.distribution) === normalizeName(d.name)).map((w) => w.filename);
      const wheel = preferredWheel(candidates, tags);
      if (!wheel) {
        return {
          distribution: d.name,
          skipped: `no wheel of ${d.name} in the set installs on ${describeInterpreter(leg.interpreter)} (${leg.interpreter.path}); `
            + `its pip accepts ${tags.slice(0, 3).join(', ')}${tags.length > 3 ? ` and ${tags.length - 3} more tags` : ''}, the set has ${candidates.join(', ') || 'no wheel of it'}`,
        };
      }
      installedHere.add(wheel);
      return { distribution: d.name, wheel };
    });
    return { leg, installs };
  });

  const hosted = new Map<string, HostedLeg>();
  const unverifiable: LegPlan['unverifiable'] = [];
  for (const w of [...input.wheels, ...input.elsewhere]) {
    if (installedHere.has(w.filename)) continue;
    const runner = hostedRunnerFor(w.filename);
    if ('reason' in runner) {
      unverifiable.push({ wheel: w.filename, reason: runner.reason });
      continue;
    }
    const key = `${runner['runs-on']}\n${runner.python}\n${runner.container ?? ''}`;
    const leg = hosted.get(key) ?? { ...runner, wheels: [] };
    leg.wheels.push(w.filename);
    hosted.set(key, leg);
  }
  return { local, hosted: [...hosted.values()], unverifiable };
}

/** How a hosted leg reads in the report: `macos-latest · Python 3.12`. */
export function hostedLegLabel(leg: HostedLeg): string {
  return `${leg['runs-on']}${leg.container ? ` in ${leg.container}` : ''} · Python ${leg.python}`;
}
