/**
 * The rehearsal for machines: report.json beside report.md, and what
 * `pyrelease rehearse --json` prints (the same object). It holds what the
 * Markdown report shows: the steps and their times (bench/rehearse.mjs reads
 * them), the distributions, every wheel with the leg that installed it (or is
 * planned to) and the result, the legs with what each installed, the
 * manifest and what each index holds.
 */
import type { RehearsalOutcome } from './rehearse.js';

export const REHEARSAL_SCHEMA = 'python-release-actions/rehearsal';

function seconds(ms: number): number {
  return Math.round(ms) / 1000;
}

export function outcomeJson(o: RehearsalOutcome): Record<string, unknown> {
  return {
    schema: REHEARSAL_SCHEMA,
    schemaVersion: 3,
    result: o.result,
    exitCode: o.exitCode,
    project: o.project ?? null,
    distributions: o.distributions,
    previousVersion: o.previousVersion ?? null,
    version: o.version ?? null,
    commit: o.commit ?? null,
    branch: o.branch ?? null,
    versionFiles: o.versionFiles ?? null,
    source: o.source,
    bundledExample: o.bundledExample,
    built: o.wheels,
    wheels: o.coverage.map((c) => ({
      filename: c.filename,
      distribution: c.distribution,
      leg: c.leg,
      result: c.result,
      inSet: c.inSet,
      installs: c.installs,
      ...(c.reason ? { reason: c.reason } : {}),
    })),
    totalSeconds: seconds(o.totalMs),
    steps: o.steps.map((s) => ({
      id: s.id,
      title: s.title,
      status: s.status,
      seconds: s.ms === undefined ? null : seconds(s.ms),
      detail: s.detail,
      ...(s.error ? { error: s.error } : {}),
    })),
    legs: o.legs.map((l) => ({
      index: l.index,
      id: l.id,
      python: l.label,
      mode: l.mode,
      status: l.status,
      pythonVersion: l.result?.python?.version ?? null,
      wheels: l.wheels,
      packages: l.packages,
      resultFile: l.resultFile ?? null,
      provenance: l.result?.provenance ?? null,
      installs: (l.result?.packages ?? []).map((p) => ({
        distribution: p.name,
        wheel: p.wheel ?? null,
        installedVersion: p.installedVersion ?? null,
        moduleFile: p.moduleFile ?? null,
        moduleCommit: p.moduleCommit ?? null,
        provenance: l.result?.wheels?.find((w) => w.filename === p.wheel)?.provenance ?? null,
      })),
      checks: l.result?.checks ?? [],
      ...(l.result?.error ? { error: l.result.error } : {}),
    })),
    plannedLegs: o.plan?.hosted ?? [],
    unverifiable: o.plan?.plan.unverifiable ?? [],
    indexes: o.indexes,
    manifest: o.manifest ?? null,
    warnings: o.warnings,
    reportPath: o.reportPath,
    reportJsonPath: o.reportJsonPath,
    logPath: o.logPath,
    workDir: o.workDir,
    kept: o.kept,
  };
}
