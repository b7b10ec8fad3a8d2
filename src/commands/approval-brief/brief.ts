/**
 * The one page an approver decides from: version, commit, pull request, draft
 * release, the wheel table (size, sha256) and the verify matrix (result and
 * what each leg installed), as Markdown; and the verdict on whether everything
 * an approver needs to be true is. `pyrelease brief` and the rehearsal render it.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Manifest, ManifestEntry } from '../../distributions/manifest.js';
import { UserError } from '../../errors.js';
import { markdownCell as cell, markdownCode as code, markdownLink as link, markdownTable } from '../../markup.js';
import { formatBytes } from '../../units.js';

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
  installedFile: string;
  wheel: string;
  pythonVersion: string;
  secondsToAvailable: string;
  /** Where the file came from, for error messages. */
  file?: string;
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
  return leg as LegResult;
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
    legs.push(parseLegResult(data, path));
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
}

export interface BriefVerdict {
  ready: boolean;
  problems: string[];
}

const INDEX_NAMES: Record<string, string> = { testpypi: 'TestPyPI', pypi: 'PyPI' };

function indexName(index: string): string {
  return INDEX_NAMES[index] ?? index;
}

function legLabel(leg: LegResult): string {
  return `${leg.os} / Python ${leg.python} (${leg.mode || 'pinned'})`;
}

/** What must hold before anyone approves: every leg reported, passed, and installed a file the manifest names. */
export function assessBrief(input: BriefInput): BriefVerdict {
  const problems: string[] = [];
  if (input.manifest.files.length === 0) problems.push('The manifest lists no files.');
  if (input.version && input.manifest.version && input.manifest.version !== input.version) {
    problems.push(`The manifest is for version ${input.manifest.version}, not ${input.version}.`);
  }
  if (input.verifyResult && input.verifyResult !== 'success') {
    problems.push(`The verify job finished with result "${input.verifyResult}".`);
  }
  const distinct = new Set(input.legs.map((leg) => `${leg.os}\n${leg.python}\n${leg.container}\n${leg.mode}`));
  if (distinct.size !== input.legs.length) problems.push('Two result files describe the same leg; the results cannot be trusted.');
  if (input.expectLegs !== undefined && input.legs.length < input.expectLegs) {
    const missing = input.expectLegs - input.legs.length;
    problems.push(`${missing} of ${input.expectLegs} install checks reported no result (the leg did not get far enough to write one).`);
  }
  const names = new Set(input.manifest.files.map((f) => f.filename));
  for (const leg of input.legs) {
    if (leg.outcome !== 'success') {
      problems.push(`${legLabel(leg)}: ${leg.outcome}.`);
    } else if (!leg.wheel) {
      problems.push(`${legLabel(leg)}: passed but did not report which file it installed.`);
    } else if (!names.has(leg.wheel)) {
      problems.push(`${legLabel(leg)}: installed ${leg.wheel}, which the manifest does not name.`);
    }
  }
  return { ready: problems.length === 0, problems };
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
    lines.push(`**✅ All ${input.legs.length} install checks against ${where} passed**, each installing a file named in the manifest below.`);
    if (input.gate) {
      lines.push('', `Approving the \`${input.gate}\` deployment uploads exactly the ${manifest.files.length} files below; the upload refuses any file whose sha256 is not listed here.`);
    }
  } else {
    lines.push(`**❌ Not ready: ${verdict.problems.length === 1 ? 'one problem' : `${verdict.problems.length} problems`}** (${passed} of ${input.expectLegs ?? input.legs.length} install checks against ${where} passed).`);
    if (input.gate) lines.push('', `Do not approve the \`${input.gate}\` deployment; reject it and fix the cause.`);
    lines.push('', ...verdict.problems.map((p) => `- ${p}`));
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
      const entry = byName.get(leg.wheel);
      const installed = leg.wheel
        ? `${code(leg.wheel)}${leg.installedVersion ? ` → ${code(leg.installedVersion)}` : ''}${entry ? ` (sha256 ${code(entry.sha256.slice(0, 12))}…)` : ' (**not in the manifest**)'}`
        : '—';
      const seconds = leg.secondsToAvailable ? `${cell(leg.secondsToAvailable)} s` : '—';
      rows.push([runner, cell(leg.python), cell(leg.mode || 'pinned'), OUTCOME[leg.outcome] ?? cell(leg.outcome), installed, leg.pythonVersion ? cell(leg.pythonVersion) : '—', seconds]);
    }
    lines.push(markdownTable(['Runner', 'Python', 'Check', 'Result', 'Installed', 'Interpreter', { title: 'Listed after', align: 'right' }], rows));
  }
  return `${lines.join('\n')}\n`;
}

function fileCell(file: ManifestEntry): string {
  return file.url ? link(code(file.filename), file.url) : code(file.filename);
}
