/**
 * What a rehearsal tells people: progress lines as each step starts and ends,
 * a table of steps at the end, and a Markdown report with every wheel and the
 * leg that installed it, the manifest and the verify matrix (the approval
 * brief the workflow renders, from the same code).
 */
import { arch, platform } from 'node:os';
import { renderBrief, type LegResult } from '../commands/approval-brief/brief.js';
import type { Manifest } from '../distributions/index.js';
import { markdownCell as cell, markdownCode as code, markdownCodeBlock, markdownTable } from '../markup.js';
import type { VerifyResult } from '../commands/verify-install/index.js';
import { describeInterpreter } from '../python/index.js';
import { hostedLegLabel, type LegPlan, type PlanWheel } from './plan.js';
import type { PythonLeg } from './pythons.js';
import type { ProgressSink, StepRecord, StepStatus } from './steps.js';

/** One distribution installed (or not) on one leg. */
export interface InstallRecord {
  distribution: string;
  /** The wheel the plan chose for this leg. */
  planned?: string;
  status: 'passed' | 'failed' | 'skipped' | 'not-run';
  /** Why nothing was installed (Requires-Python, no wheel for this interpreter). */
  skipped?: string;
  result?: VerifyResult;
  error?: string;
}

/** One verify leg: an interpreter of this machine against one index. */
export interface LegRecord {
  index: 'testpypi' | 'pypi';
  label: string;
  mode: 'pinned' | 'unpinned';
  status: StepStatus;
  /** CPython 3.12.1 */
  interpreter?: string;
  installs: InstallRecord[];
  skipped?: string;
}

/** Every wheel of the release and where it was (or would be) installed. */
export interface WheelCoverage {
  filename: string;
  distribution: string;
  /** The leg that installed it on TestPyPI, or the hosted leg planned for it. */
  leg: string;
  /** passed/failed: installed here; planned: a hosted runner's leg; not-run: the pipeline stopped first; unverifiable: no runner installs it. */
  result: 'passed' | 'failed' | 'planned' | 'not-run' | 'unverifiable';
  /** In the fetched set (built here or --wheels), or only declared as built elsewhere. */
  inSet: boolean;
  /** Every leg that installed it (TestPyPI pinned, PyPI -U). */
  installs: { index: string; mode: string; leg: string; result: InstallRecord['status'] }[];
  reason?: string;
}

const TERMINAL_STATUS: Record<StepStatus, string> = { passed: 'passed', failed: 'FAILED', skipped: 'skipped', 'not-run': 'not run', refused: 'REFUSED' };
const MARKDOWN_STATUS: Record<StepStatus, string> = { passed: '✅ passed', failed: '❌ failed', skipped: '⏭️ skipped', 'not-run': '— not run', refused: '⛔ refused' };

export function seconds(ms: number | undefined): string {
  return ms === undefined ? '' : `${(ms / 1000).toFixed(1)} s`;
}

function indent(text: string, by: string): string {
  return text.split('\n').map((l) => `${by}${l}`.trimEnd()).join('\n');
}

/** Progress for a terminal or a log: a line when a step starts, its result when it ends, notes indented below. */
export function textProgress(write: (text: string) => void): ProgressSink {
  const pad = (i: number, n: number) => `[${String(i + 1).padStart(String(n).length)}/${n}]`;
  return {
    started(step, i, n) {
      write(`${pad(i, n)} ${step.title} …\n`);
    },
    finished(step, i, n) {
      const head = `${' '.repeat(pad(i, n).length + 1)}${TERMINAL_STATUS[step.status]} in ${seconds(step.ms)}`;
      if (step.status === 'failed' && step.error) {
        write(`${head}:\n${indent(step.error, ' '.repeat(pad(i, n).length + 3))}\n`);
      } else {
        write(`${head}${step.detail ? `: ${step.detail}` : ''}\n`);
      }
      for (const line of step.lines ?? []) write(`${indent(line, ' '.repeat(pad(i, n).length + 3))}\n`);
    },
  };
}

/** The steps as a plain-text table; details are cut to fit `width` columns. */
export function stepsTable(steps: StepRecord[], totalMs: number, width = 120): string {
  const rows = steps.map((s, i) => [String(i + 1), s.title, TERMINAL_STATUS[s.status], seconds(s.ms), s.detail]);
  rows.push(['', 'total', '', seconds(totalMs), '']);
  const head = ['#', 'step', 'result', 'time', 'detail'];
  const widths = head.map((h, c) => Math.max(h.length, ...rows.map((r) => r[c]!.length)));
  widths[4] = Math.max(10, Math.min(widths[4]!, width - widths.slice(0, 4).reduce((a, b) => a + b + 2, 0)));
  const fit = (text: string, w: number) => (text.length > w ? `${text.slice(0, w - 1)}…` : text);
  const line = (cells: string[]) => cells.map((c, i) => (i === 4 ? fit(c, widths[4]!) : i === 0 || i === 3 ? c.padStart(widths[i]!) : c.padEnd(widths[i]!))).join('  ').trimEnd();
  return [line(head), line(widths.map((w) => '-'.repeat(w))), ...rows.slice(0, -1).map(line), line(widths.map((w) => '-'.repeat(w))), line(rows.at(-1)!)].join('\n');
}

const MACHINE = `this machine (${platform()} ${arch()})`;

/** How a local leg reads in the report: `this machine (linux x64) · CPython 3.12.1`. */
export function localLegLabel(leg: Pick<PythonLeg, 'label' | 'interpreter' | 'skipped'>): string {
  return leg.interpreter ? `${MACHINE} · ${describeInterpreter(leg.interpreter)}` : `${MACHINE} · Python ${leg.label} (${leg.skipped ?? 'skipped'})`;
}

const OUTCOME: Record<StepStatus, string> = { passed: 'success', failed: 'failure', skipped: 'skipped', 'not-run': 'cancelled', refused: 'cancelled' };

/**
 * A verify leg in the form the approval brief reads (what the workflow's
 * "Record" steps write): one result per distribution installed, named by its
 * Python and, when the release has several, the distribution (the brief
 * counts two results for one runner and Python as a duplicate). A leg that did
 * not run at all (no interpreter) is one skipped result, which the brief
 * lists as a problem.
 */
export function legResults(leg: LegRecord, multipleDistributions: boolean): LegResult[] {
  const base = { index: leg.index, os: MACHINE, container: '', mode: leg.mode };
  if (!leg.interpreter) {
    return [{ ...base, python: leg.label, outcome: OUTCOME[leg.status], installedVersion: '', installedFile: '', wheel: '', pythonVersion: '', secondsToAvailable: '' }];
  }
  // Nothing planned (no wheel of the set for this interpreter) is no result: coverage is counted by wheel.
  return leg.installs.filter((i) => i.planned).map((i) => {
    const r = i.result;
    return {
      ...base,
      python: multipleDistributions ? `${leg.label} · ${i.distribution}` : leg.label,
      outcome: OUTCOME[i.status],
      installedVersion: r?.installedVersion ?? '',
      installedFile: r?.moduleFile ?? '',
      wheel: r?.wheel ?? '',
      pythonVersion: r?.python?.version ?? '',
      secondsToAvailable: r?.secondsToAvailable === undefined ? '' : r.secondsToAvailable.toFixed(1),
    };
  });
}

/** Each wheel with the leg that installed it (or is planned to), and the result. */
export function wheelCoverage(input: { wheels: PlanWheel[]; elsewhere: PlanWheel[]; plan?: LegPlan; legs: LegRecord[] }): WheelCoverage[] {
  const out: WheelCoverage[] = [];
  const hostedFor = (filename: string) => input.plan?.hosted.find((h) => h.wheels.includes(filename));
  const unverifiable = (filename: string) => input.plan?.unverifiable.find((u) => u.wheel === filename);
  const labelOf = new Map((input.plan?.local ?? []).map((l) => [l.leg.label, localLegLabel(l.leg)]));
  for (const [inSet, list] of [[true, input.wheels], [false, input.elsewhere]] as const) {
    for (const w of list) {
      const installs = input.legs.flatMap((leg) => leg.installs
        .filter((i) => i.planned === w.filename)
        .map((i) => ({ index: leg.index, mode: leg.mode, leg: labelOf.get(leg.label) ?? leg.label, result: i.status })));
      const plannedHere = input.plan?.local.find((l) => l.installs.some((i) => i.wheel === w.filename));
      const hosted = hostedFor(w.filename);
      const none = unverifiable(w.filename);
      let leg: string;
      let result: WheelCoverage['result'];
      let reason: string | undefined;
      if (plannedHere) {
        leg = localLegLabel(plannedHere.leg);
        const results = installs.map((i) => i.result);
        result = results.includes('failed') ? 'failed' : results.includes('passed') ? 'passed' : 'not-run';
      } else if (hosted) {
        leg = hostedLegLabel(hosted);
        result = 'planned';
        reason = inSet ? 'no interpreter of this machine installs it' : 'built by the project\'s CI on that platform, not here';
      } else if (none) {
        leg = '—';
        result = 'unverifiable';
        reason = none.reason;
      } else {
        leg = '—';
        result = 'not-run';
        reason = 'the rehearsal stopped before the verify legs were planned';
      }
      out.push({ filename: w.filename, distribution: w.distribution, leg, result, inSet, installs, ...(reason ? { reason } : {}) });
    }
  }
  // In the order of the legs (2.7, 3.6 … 3.13, then hosted), each leg's distributions in release order.
  const rank = (c: WheelCoverage): number => {
    const at = input.plan?.local.findIndex((l) => l.installs.some((i) => i.wheel === c.filename)) ?? -1;
    return at === -1 ? Number.MAX_SAFE_INTEGER : at;
  };
  return out.map((c, i) => ({ c, i })).sort((a, b) => rank(a.c) - rank(b.c) || a.i - b.i).map(({ c }) => c);
}

export interface ReportInput {
  result: 'passed' | 'failed' | 'not-approved';
  project?: string;
  previousVersion?: string;
  version?: string;
  commit?: string;
  branch?: string;
  source: string;
  wheels: string;
  indexes: { testpypi?: string; pypi?: string };
  steps: StepRecord[];
  totalMs: number;
  /** The manifest TestPyPI confirmed, and what PyPI holds after the upload. */
  testpypiManifest?: Manifest;
  pypiManifest?: Manifest;
  legs: LegRecord[];
  /** The release has several distributions (the brief names each install's). */
  multipleDistributions: boolean;
  /** bump-version's files input, for a release of several distributions. */
  versionFiles?: string[];
  coverage: WheelCoverage[];
  plan?: LegPlan;
  warnings: string[];
  workDir: string;
  startedAt: Date;
}

const VERDICT: Record<ReportInput['result'], string> = {
  passed: '✅ every step passed',
  failed: '❌ failed',
  'not-approved': '⛔ stopped at the approval gate',
};

export function renderMarkdown(r: ReportInput): string {
  const out: string[] = [];
  const what = [r.project, r.previousVersion && r.version ? `${r.previousVersion} → ${r.version}` : r.version].filter(Boolean).join(' ');
  out.push(`# Release rehearsal${what ? `: ${what}` : ''}: ${VERDICT[r.result]}`, '');
  out.push(
    `The whole release pipeline, run on this machine (${platform()} ${arch()}) on ${r.startedAt.toISOString()} with the suite's own code: `
      + 'bump-version in local mode on a temporary git copy of the project, fetch-wheels from a local directory, pypi-publish and '
      + 'verify-install against two embedded package indexes standing in for TestPyPI and PyPI, and the approval gate between them.',
    '',
  );
  const facts: string[][] = [['Project', cell(r.source)]];
  if (r.commit) facts.push(['Bump commit', `${code(r.commit)}${r.branch ? ` on ${code(r.branch)}` : ''} (in the temporary copy)`]);
  facts.push(['Distributions', cell(r.wheels)]);
  if (r.versionFiles) facts.push(['Version files', `${r.versionFiles.map(code).join(', ')} (bump-version's \`files\`; RELEASE_VERSION_FILES in the pipeline)`]);
  // The stand-ins stop with the rehearsal: their URLs (and the file links below) are a record, not live links.
  if (r.indexes.testpypi) facts.push(['TestPyPI stand-in', `${cell(r.indexes.testpypi)} (stopped when the rehearsal ended)`]);
  if (r.indexes.pypi) facts.push(['PyPI stand-in', `${cell(r.indexes.pypi)} (stopped when the rehearsal ended)`]);
  facts.push(['Work directory', code(r.workDir)]);
  out.push(markdownTable(['', ''], facts));
  if (r.warnings.length > 0) out.push('', ...r.warnings.map((w) => `> **Warning:** ${cell(w)}`));

  const steps = r.steps.map((s, i) => [String(i + 1), cell(s.title), MARKDOWN_STATUS[s.status], seconds(s.ms), cell(s.detail)]);
  steps.push(['', '**Total**', '', seconds(r.totalMs), '']);
  const right = (title: string) => ({ title, align: 'right' as const });
  out.push('', '## Steps', '', markdownTable([right('#'), 'Step', 'Result', right('Time'), 'Detail'], steps));

  const failed = r.steps.find((s) => s.status === 'failed' || s.status === 'refused');
  if (failed) {
    out.push('', `## ${failed.status === 'refused' ? 'Stopped' : 'Failed'} at: ${failed.title}`, '');
    out.push(markdownCodeBlock(failed.error ?? failed.detail, 'text'));
    const untouched = r.steps.filter((s) => s.status === 'not-run').map((s) => s.title);
    if (untouched.length > 0) out.push('', `Not run: ${untouched.map(cell).join(', ')}.`);
  }

  if (r.coverage.length > 0) out.push('', ...coverageSection(r.coverage));

  const legsOf = (index: LegRecord['index']) => r.legs.filter((l) => l.index === index && l.status !== 'not-run').flatMap((l) => legResults(l, r.multipleDistributions));
  // Results the matrix should have: each planned install, and one for a leg without an interpreter.
  const expected = (index: LegRecord['index']) => r.legs.filter((l) => l.index === index).reduce((n, l) => {
    if (!l.interpreter) return n + 1;
    return n + (r.plan?.local.find((p) => p.leg.label === l.label)?.installs.filter((i) => i.wheel).length ?? 1);
  }, 0);
  if (r.testpypiManifest) {
    out.push('', renderBrief({
      title: 'Approval brief',
      manifest: r.testpypiManifest,
      legs: legsOf('testpypi'),
      ...(r.version ? { version: r.version, tag: `v${r.version}` } : {}),
      ...(r.commit ? { commit: r.commit } : {}),
      index: 'TestPyPI stand-in',
      expectLegs: expected('testpypi'),
      gate: 'pypi',
    }).trimEnd());
  }
  if (r.pypiManifest) {
    out.push('', renderBrief({
      title: 'Released',
      manifest: r.pypiManifest,
      legs: legsOf('pypi'),
      ...(r.version ? { version: r.version, tag: `v${r.version}` } : {}),
      ...(r.commit ? { commit: r.commit } : {}),
      index: 'PyPI stand-in',
      expectLegs: expected('pypi'),
    }).trimEnd());
  }
  return `${out.join('\n')}\n`;
}

const COVERAGE: Record<WheelCoverage['result'], string> = {
  passed: '✅ passed',
  failed: '❌ failed',
  planned: '🗓️ planned',
  'not-run': '— not run',
  unverifiable: '⚠️ unverifiable',
};

/** Every wheel → the leg that installed it (or would) → the result, and the planned hosted legs. */
function coverageSection(coverage: WheelCoverage[]): string[] {
  const installed = coverage.filter((c) => c.result === 'passed').length;
  const planned = coverage.filter((c) => c.result === 'planned').length;
  const lines = ['## Wheels', ''];
  lines.push(`${coverage.length} wheels: ${installed} installed and checked on this machine${planned ? `, ${planned} planned for hosted runners (not run here)` : ''}`
    + `${coverage.some((c) => !c.inSet) ? '; wheels marked *elsewhere* are built by the project\'s CI on other platforms, not by this rehearsal' : ''}.`, '');
  lines.push(markdownTable(['Wheel', 'Distribution', 'Leg', 'Result'], coverage.map((c) => [
    `${code(c.filename)}${c.inSet ? '' : ' *elsewhere*'}`,
    cell(c.distribution),
    cell(c.leg),
    `${COVERAGE[c.result]}${c.reason && c.result !== 'planned' ? ` (${cell(c.reason)})` : ''}`,
  ])));
  return lines;
}
