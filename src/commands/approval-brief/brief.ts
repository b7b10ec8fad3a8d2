/**
 * The one page an approver decides from: version, commit, pull request, draft
 * release, the wheel table (size, sha256), the verify matrix (result and what
 * each leg installed) and the coverage (every wheel → the leg that installed
 * it → the result), as Markdown; and the verdict on whether everything an
 * approver needs to be true is. `pyrelease brief`, the approval-brief action
 * and the rehearsal render it.
 *
 * The legs' result files come in two forms: the one verify-install writes
 * (src/verification/leg-result.ts) and the one the workflow's "Record" steps
 * wrote before it (LEG_SCHEMA). Both read into LegResult.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Manifest, ManifestEntry } from '../../distributions/manifest.js';
import { versionsEqual } from '../../distributions/versions.js';
import { UserError } from '../../errors.js';
import { markdownCell as cell, markdownCode as code, markdownLink as link, markdownTable } from '../../markup.js';
import { formatBytes } from '../../units.js';
import { parseVerifyResult, RESULT_SCHEMA, installedWheels, type VerifyResult } from '../../verification/leg-result.js';
import { assessCoverage, legLabel, legWheels, type BriefPlan, type Coverage } from './coverage.js';

export const LEG_SCHEMA = 'python-release-actions/verify-leg';

/** One install check, as a verify leg writes it (every value a string, as step outputs are). */
export interface LegResult {
  /** testpypi or pypi. */
  index: string;
  /** The runner label, e.g. ubuntu-latest. */
  os: string;
  /** The Python the leg asked for, e.g. 2.7 or 3.x. */
  python: string;
  /** The job container image, empty when the leg ran on the runner itself. */
  container: string;
  /** pinned (pip install package==version) or unpinned (pip install -U package). */
  mode: string;
  /** The verify step's outcome: success, failure, cancelled or skipped. */
  outcome: string;
  installedVersion: string;
  /** The version the leg was asked to verify (verify-install's results say it). */
  version?: string;
  installedFile: string;
  wheel: string;
  pythonVersion: string;
  secondsToAvailable: string;
  /** Where the file came from, for error messages. */
  file?: string;
  /** Every wheel the leg installed (sha256 when the leg reported it); without it, `wheel` is the one. */
  wheels?: { filename: string; sha256?: string }[];
  /** The planned leg (plan-verify's id). */
  leg?: string;
  /** Why the leg failed, when it said. */
  error?: string;
}

const LEG_FIELDS = ['index', 'os', 'python', 'container', 'mode', 'outcome', 'installedVersion', 'installedFile', 'wheel', 'pythonVersion', 'secondsToAvailable'] as const;

export function parseLegResult(data: unknown, where: string): LegResult {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    throw new UserError(`${where} is not a verify result: expected a JSON object.`);
  }
  const record = data as Record<string, unknown>;
  if (record.schema !== LEG_SCHEMA) {
    throw new UserError(`${where} is not a verify result: "schema" is ${JSON.stringify(record.schema)}, expected "${LEG_SCHEMA}".`);
  }
  const leg: Partial<LegResult> = { file: where };
  for (const key of LEG_FIELDS) {
    const value = record[key] ?? '';
    if (typeof value !== 'string' && typeof value !== 'number') {
      throw new UserError(`${where}: "${key}" must be a string, found ${JSON.stringify(value)}.`);
    }
    leg[key] = String(value);
  }
  if (!leg.os || !leg.python || !leg.outcome) {
    throw new UserError(`${where}: "os", "python" and "outcome" must not be empty.`);
  }
  if (record.wheels !== undefined) {
    const list = record.wheels;
    if (!Array.isArray(list) || !list.every((w) => typeof w === 'object' && w !== null && typeof w.filename === 'string' && w.filename !== '' && (w.sha256 === undefined || typeof w.sha256 === 'string'))) {
      throw new UserError(`${where}: "wheels" must be a list of {"filename", "sha256"}.`);
    }
    leg.wheels = list.map((w: { filename: string; sha256?: string }) => ({ filename: w.filename, ...(w.sha256 ? { sha256: w.sha256.toLowerCase() } : {}) }));
  }
  if (record.leg !== undefined) {
    if (typeof record.leg !== 'string' || record.leg === '') throw new UserError(`${where}: "leg" must be the planned leg's id.`);
    leg.leg = record.leg;
  }
  return leg as LegResult;
}

/** The index a verify-install result installed from, as the brief names them. */
function indexOf(url: string): string {
  try {
    const host = new URL(url).hostname;
    if (host === 'test.pypi.org') return 'testpypi';
    if (host === 'pypi.org') return 'pypi';
  } catch {
    // not a URL: shown as it is
  }
  return url;
}

/**
 * Why a result that says "passed" cannot be taken at its word: a check in it
 * failed, or it records an error. verify-install never writes such a file.
 */
function contradiction(r: VerifyResult): string | undefined {
  if (r.result !== 'passed') return undefined;
  const failed = r.checks.find((c) => typeof c === 'object' && c !== null && (c as { ok?: unknown }).ok === false);
  if (failed) return `the file says passed, but its check ${JSON.stringify(String((failed as { name?: unknown }).name ?? '?'))} failed`;
  if (r.error) return `the file says passed, but records an error: ${r.error}`;
  return undefined;
}

/** A verify-install result file as a leg of the brief. */
export function legFromVerifyResult(r: VerifyResult, where: string): LegResult {
  const wheels = installedWheels(r);
  const contradicted = contradiction(r);
  return {
    index: indexOf(r.index),
    os: r.leg?.runsOn || `${r.os} ${r.arch}`,
    python: r.python?.requested || '?',
    container: r.leg?.container ?? '',
    mode: r.pin ? 'pinned' : 'unpinned',
    outcome: r.result === 'passed' && !contradicted ? 'success' : 'failure',
    installedVersion: r.installedVersion ?? '',
    version: r.version,
    installedFile: r.moduleFile ?? '',
    wheel: wheels[0]?.filename ?? '',
    pythonVersion: r.python?.version ?? '',
    secondsToAvailable: r.secondsToAvailable === undefined ? '' : String(r.secondsToAvailable),
    file: where,
    wheels,
    ...(r.leg ? { leg: r.leg.id } : {}),
    ...(contradicted ? { error: contradicted } : r.error ? { error: r.error } : {}),
  };
}

/** One result file, in either form. */
export function parseLegFile(data: unknown, where: string): LegResult {
  const schema = typeof data === 'object' && data !== null ? (data as Record<string, unknown>).schema : undefined;
  if (schema === RESULT_SCHEMA) return legFromVerifyResult(parseVerifyResult(data, where), where);
  if (schema === LEG_SCHEMA) return parseLegResult(data, where);
  throw new UserError(`${where} is not a verify result: "schema" is ${JSON.stringify(schema)}, expected "${RESULT_SCHEMA}" (verify-install's result file) or "${LEG_SCHEMA}".`);
}

/** Every *.json file under dir (download-artifact may or may not merge the legs' folders). */
export async function readLegResults(dir: string): Promise<LegResult[]> {
  let entries;
  try {
    entries = await readdir(dir, { recursive: true, withFileTypes: true });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return []; // no leg uploaded anything: reported as missing legs
    throw error;
  }
  const legs: LegResult[] = [];
  const files = entries
    .filter((e) => e.isFile() && e.name.endsWith('.json'))
    .map((e) => join(e.parentPath, e.name))
    .sort();
  for (const path of files) {
    let data: unknown;
    try {
      data = JSON.parse(await readFile(path, 'utf8'));
    } catch (error) {
      throw new UserError(`The verify result ${path} is not valid JSON (${error instanceof Error ? error.message : String(error)}).`);
    }
    legs.push(parseLegFile(data, path));
  }
  return legs;
}

export interface BriefInput {
  title: string;
  manifest: Manifest;
  legs: LegResult[];
  version?: string;
  tag?: string;
  commit?: string;
  pullRequestUrl?: string;
  releaseUrl?: string;
  /** The release is still a draft (visible to maintainers only). */
  draft?: boolean;
  runUrl?: string;
  /** https://github.com/owner/name, for the commit link. */
  repositoryUrl?: string;
  /** The index the legs installed from: testpypi or pypi. */
  index: string;
  /** How many legs the verify matrix has; fewer results is a problem. */
  expectLegs?: number;
  /** The verify job's result (needs.<job>.result). */
  verifyResult?: string;
  /** The environment whose approval this brief prepares, e.g. pypi. */
  gate?: string;
  /** plan-verify's plan: which leg installs which wheel, and what no leg can. */
  plan?: BriefPlan;
}

export interface BriefVerdict {
  ready: boolean;
  problems: string[];
  coverage: Coverage;
}

const INDEX_NAMES: Record<string, string> = { testpypi: 'TestPyPI', pypi: 'PyPI' };

function indexName(index: string): string {
  return INDEX_NAMES[index] ?? index;
}

/** Two files for one leg mean the results cannot be told apart. */
function legIdentity(leg: LegResult): string {
  return leg.leg ? `${leg.index}\n${leg.leg}\n${leg.mode}` : `${leg.os}\n${leg.python}\n${leg.container}\n${leg.mode}`;
}

/**
 * What must hold before anyone approves: every leg reported, passed, and
 * installed files the manifest names, with its bytes; and every wheel was
 * installed by a leg, or declared not verifiable by the plan.
 */
export function assessBrief(input: BriefInput): BriefVerdict {
  const problems: string[] = [];
  if (input.manifest.files.length === 0) problems.push('The manifest lists no files.');
  if (input.version && input.manifest.version && input.manifest.version !== input.version) {
    problems.push(`The manifest is for version ${input.manifest.version}, not ${input.version}.`);
  }
  if (input.verifyResult && input.verifyResult !== 'success') {
    problems.push(`The verify job finished with result "${input.verifyResult}".`);
  }
  const distinct = new Set(input.legs.map(legIdentity));
  if (distinct.size !== input.legs.length) problems.push('Two result files describe the same leg; the results cannot be trusted.');
  if (input.expectLegs !== undefined && input.legs.length < input.expectLegs) {
    const missing = input.expectLegs - input.legs.length;
    problems.push(`${missing} of ${input.expectLegs} install checks reported no result (the leg did not get far enough to write one).`);
  }
  const names = new Set(input.manifest.files.map((f) => f.filename));
  const version = input.version ?? input.manifest.version;
  for (const leg of input.legs) {
    const wheels = legWheels(leg);
    if (leg.outcome !== 'success') {
      problems.push(`${legLabel(leg)}: ${leg.outcome}${leg.error ? ` (${leg.error.split('\n')[0]})` : ''}.`);
    } else if (wheels.length === 0) {
      problems.push(`${legLabel(leg)}: passed but did not report which file it installed.`);
    }
    for (const w of wheels) {
      if (!names.has(w.filename)) problems.push(`${legLabel(leg)}: installed ${w.filename}, which the manifest does not name.`);
    }
    if (version) {
      for (const [what, v] of [['verified version', leg.version], ['installed version', leg.installedVersion]] as const) {
        if (v && !versionsEqual(v, version)) problems.push(`${legLabel(leg)}: its ${what} is ${v}, not ${version}: the result is from another release.`);
      }
    }
    if (leg.index in INDEX_NAMES && input.index in INDEX_NAMES && leg.index !== input.index) {
      problems.push(`${legLabel(leg)}: installed from ${indexName(leg.index)}, but this brief is about ${indexName(input.index)}.`);
    }
  }
  const coverage = assessCoverage(input.manifest, input.legs, input.plan);
  problems.push(...coverage.problems);
  const wheels = coverage.wheels;
  if (wheels.length > 0 && !wheels.some((w) => w.status === 'passed' || w.status === 'planned')) {
    problems.push(`None of the ${wheels.length} wheels was installed by a passing leg: nothing of this set was shown to install.`);
  }
  return { ready: problems.length === 0, problems, coverage };
}


function bytes(n: number): string {
  return `${formatBytes(n)} (${n.toLocaleString('en-US')} bytes)`;
}

const OUTCOME: Record<string, string> = { success: '✅ passed', failure: '❌ failed', cancelled: '⛔ cancelled', skipped: '⏭️ skipped' };

function legOrder(a: LegResult, b: LegResult): number {
  return `${a.os}\n${a.python}\n${a.mode}`.localeCompare(`${b.os}\n${b.python}\n${b.mode}`);
}

export function renderBrief(input: BriefInput): string {
  const verdict = assessBrief(input);
  const { manifest } = input;
  const project = manifest.project ?? '';
  const version = input.version ?? manifest.version ?? '';
  const where = indexName(input.index);
  const lines: string[] = [];
  lines.push(`## ${input.title}: ${[project, version].filter(Boolean).join(' ')}`, '');
  const passed = input.legs.filter((l) => l.outcome === 'success').length;
  if (verdict.ready) {
    const unverifiable = verdict.coverage.wheels.filter((w) => w.status === 'unverifiable').length;
    const planned = verdict.coverage.wheels.filter((w) => w.status === 'planned').length;
    const covered = verdict.coverage.wheels.length - unverifiable - planned;
    const rest = [unverifiable ? `${unverifiable} not verifiable` : '', planned ? `${planned} planned for legs that run elsewhere` : ''].filter(Boolean).join(', ');
    lines.push(
      `**✅ All ${input.legs.length} install checks against ${where} passed**, each installing files named in the manifest below` +
        (covered > 0 ? `; together they installed every one of its ${covered} wheels${rest ? ` that ${planned ? 'this run could' : 'a runner can'} install (${rest}, see Coverage)` : ''}.` : '.'),
    );
    if (input.gate) {
      lines.push('', `Approving the \`${input.gate}\` deployment uploads exactly the ${manifest.files.length} files below; the upload refuses any file whose sha256 is not listed here.`);
    }
  } else {
    lines.push(`**❌ Not ready: ${verdict.problems.length === 1 ? 'one problem' : `${verdict.problems.length} problems`}** (${passed} of ${input.expectLegs ?? input.legs.length} install checks against ${where} passed).`);
    if (input.gate) lines.push('', `Do not approve the \`${input.gate}\` deployment; reject it and fix the cause.`);
    // Each problem quotes result files from other jobs: one line each, no markup of theirs.
    lines.push('', ...verdict.problems.map((p) => `- ${cell(p)}`));
  }
  const facts: string[][] = [];
  if (version) facts.push(['Version', `${code(version)}${input.tag ? ` (tag ${code(input.tag)})` : ''}`]);
  if (project) facts.push(['Project', code(project)]);
  if (input.commit) {
    const url = input.repositoryUrl ? `${input.repositoryUrl}/commit/${input.commit}` : undefined;
    facts.push(['Commit', link(code(input.commit.slice(0, 12)), url)]);
  }
  if (input.pullRequestUrl) {
    const number = /\/pull\/(\d+)\/?$/.exec(input.pullRequestUrl)?.[1];
    facts.push(['Pull request', link(number ? `#${number}` : cell(input.pullRequestUrl), input.pullRequestUrl)]);
  }
  if (input.releaseUrl) facts.push([input.draft ? 'Draft release' : 'GitHub release', link(input.tag ? code(input.tag) : 'release page', input.releaseUrl)]);
  if (input.runUrl) facts.push(['Workflow run', link('this run', input.runUrl)]);
  lines.push('', markdownTable(['', ''], facts));

  const total = manifest.files.reduce((sum, f) => sum + f.size, 0);
  lines.push('', `### Distributions: ${manifest.files.length} ${manifest.files.length === 1 ? 'file' : 'files'}, ${formatBytes(total)}`, '');
  lines.push(markdownTable(['File', { title: 'Size', align: 'right' }, 'sha256'], manifest.files.map((file) => [fileCell(file), bytes(file.size), code(file.sha256)])));

  lines.push('', `### Install checks against ${where}`, '');
  if (input.legs.length === 0) {
    lines.push('No verify leg reported a result.');
  } else {
    const byName = new Map(manifest.files.map((f) => [f.filename, f]));
    const rows: string[][] = [];
    for (const leg of [...input.legs].sort(legOrder)) {
      const runner = leg.container ? `${cell(leg.os)} in ${code(leg.container)}` : cell(leg.os);
      const wheels = legWheels(leg);
      const installed = wheels.length === 0
        ? '—'
        : wheels.map((w, i) => {
          const entry = byName.get(w.filename);
          const version = i === 0 && leg.installedVersion ? ` → ${code(leg.installedVersion)}` : '';
          return `${code(w.filename)}${version}${entry ? ` (sha256 ${code(entry.sha256.slice(0, 12))}…)` : ' (**not in the manifest**)'}`;
        }).join('<br>');
      const seconds = leg.secondsToAvailable ? `${cell(leg.secondsToAvailable)} s` : '—';
      rows.push([runner, cell(leg.python), cell(leg.mode || 'pinned'), OUTCOME[leg.outcome] ?? cell(leg.outcome), installed, leg.pythonVersion ? cell(leg.pythonVersion) : '—', seconds]);
    }
    lines.push(markdownTable(['Runner', 'Python', 'Check', 'Result', 'Installed', 'Interpreter', { title: 'Listed after', align: 'right' }], rows));
  }
  lines.push(...renderCoverage(verdict.coverage));
  return `${lines.join('\n')}\n`;
}

const COVERAGE_STATUS: Record<string, string> = { passed: '✅ installed', failed: '❌ failed', 'not-installed': '❌ not installed', unverifiable: '➖ not verifiable', planned: '🗓️ planned, runs elsewhere' };

/** Every wheel → the leg(s) that installed it → the result. */
function renderCoverage(coverage: Coverage): string[] {
  if (coverage.wheels.length === 0) return [];
  const count = (status: string) => coverage.wheels.filter((w) => w.status === status).length;
  const installed = count('passed');
  const lines = ['', `### Coverage: ${installed} of ${coverage.wheels.length} wheels installed by a passing leg${count('unverifiable') ? `, ${count('unverifiable')} not verifiable` : ''}${count('planned') ? `, ${count('planned')} planned for legs that run elsewhere` : ''}`, ''];
  const rows = coverage.wheels.map((w) => {
    const by = w.installedBy.length > 0
      ? w.installedBy.map((l) => `${cell(l.leg ?? `${l.os} / ${l.python}`)} (${cell(l.mode || 'pinned')}${l.outcome === 'success' ? '' : `, ${cell(l.outcome)}`})`).join('<br>')
      : w.planned
        ? `planned: ${cell(w.planned.id)}${w.status === 'planned' ? ` (${cell(w.planned.name)})` : ', no report'}`
        : '—';
    const result = w.status === 'unverifiable' ? `${COVERAGE_STATUS.unverifiable}: ${cell(w.unverifiable ?? '')}` : COVERAGE_STATUS[w.status]!;
    return [code(w.wheel), by, result];
  });
  lines.push(markdownTable(['Wheel', 'Installed by', 'Result'], rows));
  return lines;
}

function fileCell(file: ManifestEntry): string {
  return file.url ? link(code(file.filename), file.url) : code(file.filename);
}
