/**
 * What a rehearsal tells people: progress lines as each step starts and ends,
 * a table of steps at the end, and a Markdown report with every wheel and the
 * leg that installed it, the manifest and the verify matrix (the approval
 * brief the workflow renders, from the same code).
 */
import { arch, platform } from 'node:os';
import { renderBrief, type BriefInput } from '../commands/approval-brief/brief.js';
import type { Coverage } from '../commands/approval-brief/coverage.js';
import { markdownCell as cell, markdownCode as code, markdownCodeBlock, markdownTable } from '../markup.js';
import { describeInterpreter } from '../python/index.js';
import { installedWheels, type VerifyResult } from '../verification/leg-result.js';
import { hostedLegLabel, type RehearsalPlan } from './plan.js';
import type { PythonLeg } from './pythons.js';
import type { ProgressSink, StepRecord, StepStatus } from './steps.js';

/** One verify leg: a leg of the plan (TestPyPI) or a pip install -U leg (PyPI), run on an interpreter of this machine. */
export interface LegRecord {
  index: 'testpypi' | 'pypi';
  /** plan-verify's id (TestPyPI), or `this-machine-3.13` (PyPI). */
  id: string;
  /** The interpreter's label: 2.7, 3.13. */
  label: string;
  mode: 'pinned' | 'unpinned';
  status: StepStatus;
  /** CPython 3.12.1 */
  interpreter?: string;
  /** The wheels the plan gives the leg (none for pip install -U: pip chooses). */
  wheels: string[];
  /** The distributions it verifies. */
  packages: string[];
  /** The leg's result file, as verify-install writes it for the brief. */
  resultFile?: string;
  result?: VerifyResult;
}

/** A wheel of the release in report.json and report.md: where it was (or would be) installed and the result. */
export interface WheelRow {
  filename: string;
  distribution: string;
  /** The leg that installed it on TestPyPI, or the one planned for it. */
  leg: string;
  /** passed/failed: the approval brief's coverage of the TestPyPI legs; planned: a hosted runner's leg; not-run: the rehearsal stopped before its leg; unverifiable: no runner installs it. */
  result: 'passed' | 'failed' | 'planned' | 'not-run' | 'unverifiable';
  /** In the fetched set (built here or --wheels), or only declared as built elsewhere. */
  inSet: boolean;
  /** Every leg result that names it (TestPyPI pinned, PyPI -U). */
  installs: { index: string; mode: string; leg: string; result: string }[];
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
  const pad = (i: number, n: number | undefined) => (n === undefined ? `[${i + 1}]` : `[${String(i + 1).padStart(String(n).length)}/${n}]`);
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

/** How the rehearsal names the runner its legs run on. */
export const MACHINE_LABEL = `this machine (${platform()} ${arch()})`;

/** How a local leg reads in the report: `this machine (linux x64) · CPython 3.12.1`. */
export function localLegLabel(leg: Pick<PythonLeg, 'label' | 'interpreter' | 'skipped'>): string {
  return leg.interpreter ? `${MACHINE_LABEL} · ${describeInterpreter(leg.interpreter)}` : `${MACHINE_LABEL} · Python ${leg.label} (${leg.skipped ?? 'skipped'})`;
}

/** A wheel of the release: built and fetched, or declared as built elsewhere. */
export interface PlanWheel {
  filename: string;
  /** The distribution's name as its metadata spells it. */
  distribution: string;
}

/**
 * Each wheel with the leg that installed it (or is planned to) and the
 * result, as the approval brief's coverage of the TestPyPI legs says
 * (`coverage`, absent when the rehearsal stopped before the plan); the
 * wheels built elsewhere are not in the manifest the brief reads, so their
 * row is their leg in the plan.
 */
export function wheelRows(input: {
  wheels: PlanWheel[];
  elsewhere: PlanWheel[];
  coverage?: Coverage;
  plan?: RehearsalPlan;
  legs: LegRecord[];
}): WheelRow[] {
  const rp = input.plan;
  const rows: { row: WheelRow; rank: number }[] = [];
  for (const [inSet, list] of [[true, input.wheels], [false, input.elsewhere]] as const) {
    for (const w of list) {
      const installs = input.legs
        .filter((l) => l.result && installedWheels(l.result).some((x) => x.filename === w.filename))
        .map((l) => ({ index: l.index, mode: l.mode, leg: l.id, result: l.result!.result }));
      const local = rp?.local.find((l) => l.planned.wheels.includes(w.filename));
      const hosted = rp?.hosted.find((l) => l.wheels.includes(w.filename));
      const none = rp?.plan.unverifiable.find((u) => u.wheel === w.filename);
      const covered = inSet ? input.coverage?.wheels.find((c) => c.wheel === w.filename)?.status : undefined;
      let leg = '—';
      let result: WheelRow['result'] = 'not-run';
      let reason: string | undefined;
      if (local) {
        leg = `${localLegLabel(local.python)} (${local.planned.id})`;
        const ran = input.legs.some((l) => l.index === 'testpypi' && l.id === local.planned.id && l.status !== 'not-run');
        // Nothing installed it: failed when its leg ran, not run when the rehearsal stopped first.
        result = covered === 'passed' ? 'passed' : covered === 'failed' || ran ? 'failed' : 'not-run';
      } else if (hosted) {
        leg = hostedLegLabel(hosted);
        result = 'planned';
        reason = inSet ? rp!.notHere.get(hosted.id) : 'built by the project\'s CI on that platform, not here';
      } else if (none) {
        result = 'unverifiable';
        reason = none.reason;
      } else {
        reason = 'the rehearsal stopped before the verify legs were planned';
      }
      rows.push({ row: { filename: w.filename, distribution: w.distribution, leg, result, inSet, installs, ...(reason ? { reason } : {}) }, rank: local?.position ?? Number.MAX_SAFE_INTEGER });
    }
  }
  // In the order of the local legs (2.7, 3.6 … 3.13), then the planned ones, each as listed.
  return rows.map((r, i) => ({ ...r, i })).sort((a, b) => a.rank - b.rank || a.i - b.i).map((r) => r.row);
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
  indexes: { name: string; url: string }[];
  steps: StepRecord[];
  totalMs: number;
  /** The approval brief of the TestPyPI legs and the record of the PyPI legs, built from their result files. */
  briefs: BriefInput[];
  /** bump-version's files input, for a release of several distributions. */
  versionFiles?: string[];
  coverage: WheelRow[];
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
  for (const index of r.indexes) facts.push([`${index.name === 'pypi' ? 'PyPI' : 'TestPyPI'} stand-in`, `${cell(index.url)} (stopped when the rehearsal ended)`]);
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

  for (const brief of r.briefs) out.push('', renderBrief(brief).trimEnd());
  return `${out.join('\n')}\n`;
}

const COVERAGE: Record<WheelRow['result'], string> = {
  passed: '✅ passed',
  failed: '❌ failed',
  planned: '🗓️ planned',
  'not-run': '— not run',
  unverifiable: '⚠️ unverifiable',
};

/** Every wheel → the leg that installed it (or would) → the result, and the planned hosted legs. */
function coverageSection(coverage: WheelRow[]): string[] {
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
