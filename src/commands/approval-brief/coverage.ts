/**
 * Coverage: every wheel of the manifest → the leg(s) that installed it → the
 * result. A wheel nothing installed is a problem unless the plan declared it
 * unverifiable (no planned runner can install it, with the reason) or its
 * planned leg is declared to run elsewhere (the rehearsal: a hosted runner's
 * leg this machine cannot run), which makes it `planned`; a leg that
 * installed other bytes than the manifest lists, or a plan that names wheels
 * the manifest does not, is a problem too. Only proof counts: a wheel is
 * installed when a passing leg reports the sha256 of the bytes it installed,
 * and, with a plan, when that leg is the one the plan gives the wheel to (a
 * result that names no planned leg, or claims another leg's wheel, is a
 * problem). Sdists are not installed by the legs and are not counted.
 */
import type { Manifest } from '../../distributions/manifest.js';
import type { PlannedLeg, UnverifiableWheel } from '../../verification/plan.js';
import type { LegResult } from './brief.js';

/** What plan-verify said: which leg installs which wheel, and what no leg can. */
export interface BriefPlan {
  include?: PlannedLeg[];
  unverifiable?: UnverifiableWheel[];
  /**
   * Ids of planned legs that run elsewhere, not in this run (the rehearsal's
   * legs for hosted runners): they report no result, and their wheels are
   * `planned`, not missing. The pipeline runs every leg and gives none.
   */
  elsewhere?: string[];
}

export type WheelStatus = 'passed' | 'failed' | 'not-installed' | 'unverifiable' | 'planned';

export interface WheelCoverage {
  wheel: string;
  status: WheelStatus;
  /** The results that installed it. */
  installedBy: LegResult[];
  /** The planned leg, when a plan was given. */
  planned?: PlannedLeg;
  /** Why no planned runner can install it. */
  unverifiable?: string;
}

export interface Coverage {
  wheels: WheelCoverage[];
  problems: string[];
}

/** The wheels a leg reports: `wheels`, else its one `wheel`. */
export function legWheels(leg: LegResult): { filename: string; sha256?: string }[] {
  if (leg.wheels) return leg.wheels;
  return leg.wheel ? [{ filename: leg.wheel }] : [];
}

/** "linux-x86_64-3.9: ubuntu-24.04 / Python 3.9 (pinned)", for problems. */
export function legLabel(leg: LegResult): string {
  return `${leg.leg ? `${leg.leg}: ` : ''}${leg.os} / Python ${leg.python} (${leg.mode || 'pinned'})`;
}

export function assessCoverage(manifest: Manifest, legs: LegResult[], plan: BriefPlan = {}): Coverage {
  const problems: string[] = [];
  const sha = new Map(manifest.files.map((f) => [f.filename, f.sha256.toLowerCase()]));
  const wheelNames = manifest.files.map((f) => f.filename).filter((n) => n.endsWith('.whl'));

  const planned = new Map<string, PlannedLeg>();
  for (const leg of plan.include ?? []) {
    for (const w of leg.wheels) {
      if (!sha.has(w)) problems.push(`The plan's leg ${leg.id} installs ${w}, which the manifest does not list: the plan was made for another set.`);
      planned.set(w, leg);
    }
  }
  const declared = new Map<string, string>();
  for (const u of plan.unverifiable ?? []) {
    if (!sha.has(u.wheel)) problems.push(`The plan declares ${u.wheel} not verifiable, but the manifest does not list it: the plan was made for another set.`);
    const leg = planned.get(u.wheel);
    if (leg) problems.push(`The plan gives ${u.wheel} to the leg ${leg.id} and also declares it not verifiable: the plan contradicts itself.`);
    declared.set(u.wheel, u.reason);
  }

  const installedBy = new Map<string, LegResult[]>();
  for (const leg of legs) {
    if (plan.include && !leg.leg) {
      problems.push(`${legLabel(leg)} names no planned leg, so it cannot be matched to the plan: the result is from another run or pipeline.`);
      continue;
    }
    for (const w of legWheels(leg)) {
      const want = sha.get(w.filename);
      // A wheel outside the manifest is reported with the leg (assessBrief); here only the bytes.
      if (!want) continue;
      if (!w.sha256) {
        problems.push(`${legLabel(leg)} reported installing ${w.filename} without the sha256 of the bytes it installed, so nothing shows they were the manifest's (verify-install's result file records it).`);
        continue;
      }
      if (w.sha256.toLowerCase() !== want) {
        problems.push(`${legLabel(leg)} installed ${w.filename} with sha256 ${w.sha256.toLowerCase()}, but the manifest lists ${want}.`);
        continue;
      }
      const owner = planned.get(w.filename);
      if (owner && owner.id !== leg.leg) {
        problems.push(`${legLabel(leg)} reports installing ${w.filename}, which the plan gives to the leg ${owner.id}: the results do not match the plan.`);
        continue;
      }
      installedBy.set(w.filename, [...(installedBy.get(w.filename) ?? []), leg]);
    }
  }

  const reported = new Set(legs.flatMap((l) => (l.leg ? [l.leg] : [])));
  const elsewhere = new Set(plan.elsewhere ?? []);
  if (plan.include) {
    const ids = new Set(plan.include.map((l) => l.id));
    for (const id of elsewhere) if (!ids.has(id)) problems.push(`The leg ${id} is declared to run elsewhere, but the plan does not have it.`);
    for (const leg of plan.include) if (!reported.has(leg.id) && !elsewhere.has(leg.id)) problems.push(`The planned leg ${leg.id} (${leg.name}) reported no result.`);
    for (const id of reported) if (!ids.has(id)) problems.push(`A result names the leg ${id}, which the plan does not have: the result is from another run or plan.`);
  }

  const wheels: WheelCoverage[] = wheelNames.map((wheel) => {
    const by = installedBy.get(wheel) ?? [];
    const status: WheelStatus = by.some((l) => l.outcome === 'success')
      ? 'passed'
      : by.length > 0
        ? 'failed'
        : declared.has(wheel)
          ? 'unverifiable'
          : elsewhere.has(planned.get(wheel)?.id ?? '')
            ? 'planned'
            : 'not-installed';
    const plannedLeg = planned.get(wheel);
    if (status === 'not-installed') {
      const detail = plannedLeg
        ? reported.has(plannedLeg.id)
          ? `its planned leg ${plannedLeg.id} reported other wheels`
          : `its planned leg ${plannedLeg.id} reported no result`
        : plan.include
          ? 'the plan gives it no leg'
          : 'no leg reported installing it';
      problems.push(`${wheel} was not installed by any leg (${detail}); it cannot be approved unverified.`);
    }
    return {
      wheel,
      status,
      installedBy: by,
      ...(plannedLeg ? { planned: plannedLeg } : {}),
      ...(declared.has(wheel) ? { unverifiable: declared.get(wheel)! } : {}),
    };
  });
  return { wheels, problems };
}
