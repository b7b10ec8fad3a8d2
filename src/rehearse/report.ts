/**
 * What a rehearsal tells people: progress lines as each step starts and ends,
 * a table of steps at the end, and a Markdown report with the manifest and the
 * verify matrix (the approval brief the workflow renders, from the same code).
 */
import { arch, platform } from 'node:os';
import { renderBrief, type LegResult } from '../commands/approval-brief/brief.js';
import type { Manifest } from '../distributions/index.js';
import { markdownCell as cell, markdownCode as code, markdownCodeBlock, markdownTable } from '../markup.js';
import type { VerifyResult } from '../commands/verify-install/index.js';
import type { ProgressSink, StepRecord, StepStatus } from './steps.js';

export interface LegRecord {
  index: 'testpypi' | 'pypi';
  label: string;
  mode: 'pinned' | 'unpinned';
  status: StepStatus;
  result?: VerifyResult;
  skipped?: string;
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

/** A verify leg in the form the approval brief reads (what the workflow's "Record" steps write). */
export function legResult(leg: LegRecord): LegResult {
  const r = leg.result;
  return {
    index: leg.index,
    os: `this machine (${platform()} ${arch()})`,
    python: leg.label,
    container: '',
    mode: leg.mode,
    outcome: leg.status === 'passed' ? 'success' : leg.status === 'failed' ? 'failure' : leg.status === 'skipped' ? 'skipped' : 'cancelled',
    installedVersion: r?.installedVersion ?? '',
    installedFile: r?.moduleFile ?? '',
    wheel: r?.wheel ?? '',
    pythonVersion: r?.python?.version ?? '',
    secondsToAvailable: r?.secondsToAvailable === undefined ? '' : r.secondsToAvailable.toFixed(1),
  };
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
  /** How many legs each index's matrix has. */
  legsPerIndex: number;
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

  const legsOf = (index: LegRecord['index']) => r.legs.filter((l) => l.index === index && l.status !== 'not-run').map(legResult);
  if (r.testpypiManifest) {
    out.push('', renderBrief({
      title: 'Approval brief',
      manifest: r.testpypiManifest,
      legs: legsOf('testpypi'),
      ...(r.version ? { version: r.version, tag: `v${r.version}` } : {}),
      ...(r.commit ? { commit: r.commit } : {}),
      index: 'TestPyPI stand-in',
      expectLegs: r.legsPerIndex,
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
      expectLegs: r.legsPerIndex,
    }).trimEnd());
  }
  return `${out.join('\n')}\n`;
}
