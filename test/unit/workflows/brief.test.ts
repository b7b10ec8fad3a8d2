/**
 * `pyrelease brief`, the approval brief: what an approver reads before the pypi
 * gate. It must show the version, commit, PR, draft release, every file with
 * size and sha256, and every verify leg with its result and what it installed;
 * and it must refuse (exit 1 with --require-pass) whenever a leg failed, is
 * missing, or installed a file the manifest does not name.
 */
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { assessBrief, LEG_SCHEMA, parseLegResult, readLegResults, renderBrief, type BriefInput, type LegResult } from '../../../src/commands/approval-brief/brief.js';
import { briefCommand } from '../../../src/cli/brief.js';
import { createManifest, writeManifest, type Manifest } from '../../../src/distributions/manifest.js';
import { UserError } from '../../../src/errors.js';

const SHA_A = 'a'.repeat(63) + '1';
const SHA_B = 'b'.repeat(63) + '2';
const WHEEL_27 = 'example_native-1.2.0-cp27-cp27mu-manylinux1_x86_64.whl';
const WHEEL_3 = 'example_native-1.2.0-cp312-cp312-manylinux_2_17_x86_64.whl';

function manifest(): Manifest {
  return createManifest(
    [
      { filename: WHEEL_27, size: 1_234_567, sha256: SHA_A, url: 'https://test-files.pythonhosted.org/packages/aa/x.whl' },
      { filename: WHEEL_3, size: 2048, sha256: SHA_B },
    ],
    { project: 'example-native', version: '1.2.0' },
  );
}

const SHA_OF: Record<string, string> = { [WHEEL_27]: SHA_A, [WHEEL_3]: SHA_B };

/** A leg as the brief reads it; `wheels` (with the sha256 of the bytes) follows `wheel` unless given. */
function leg(over: Partial<LegResult>): LegResult {
  const l = base(over);
  return over.wheels !== undefined || !l.wheel ? l : { ...l, wheels: [{ filename: l.wheel, sha256: SHA_OF[l.wheel] ?? 'c'.repeat(64) }] };
}

function base(over: Partial<LegResult>): LegResult {
  return {
    index: 'testpypi',
    os: 'ubuntu-latest',
    python: '3.x',
    container: '',
    mode: 'pinned',
    outcome: 'success',
    installedVersion: '1.2.0',
    installedFile: '/tmp/venv/lib/python3.12/site-packages/example_native/__init__.py',
    wheel: WHEEL_3,
    pythonVersion: '3.12.7',
    secondsToAvailable: '42',
    ...over,
  };
}

const FOUR_LEGS = [
  leg({ os: 'ubuntu-latest', python: '2.7', container: 'python:2.7.18-buster', wheel: WHEEL_27, pythonVersion: '2.7.18' }),
  leg({ os: 'ubuntu-latest', python: '3.x' }),
  leg({ os: 'macos-latest', python: '2.7', wheel: WHEEL_27, pythonVersion: '2.7.18' }),
  leg({ os: 'macos-latest', python: '3.x' }),
];

function input(over: Partial<BriefInput> = {}): BriefInput {
  return {
    title: 'Approval brief',
    manifest: manifest(),
    legs: FOUR_LEGS,
    version: '1.2.0',
    tag: 'v1.2.0',
    commit: '0123456789abcdef0123456789abcdef01234567',
    pullRequestUrl: 'https://github.com/o/r/pull/12',
    releaseUrl: 'https://github.com/o/r/releases/tag/untagged-abc',
    draft: true,
    repositoryUrl: 'https://github.com/o/r',
    runUrl: 'https://github.com/o/r/actions/runs/7',
    index: 'testpypi',
    expectLegs: 4,
    verifyResult: 'success',
    gate: 'pypi',
    ...over,
  };
}

describe('renderBrief', () => {
  it('gives an approver everything on one page when all legs passed', () => {
    const md = renderBrief(input());
    expect(md).toMatch(/^## Approval brief: example-native 1\.2\.0\n/);
    expect(md).toContain('✅ All 4 install checks against TestPyPI passed');
    expect(md).toContain('Approving the `pypi` deployment uploads exactly the 2 files below');
    expect(md).toContain('| Version | `1.2.0` (tag `v1.2.0`) |');
    expect(md).toContain('| Commit | [`0123456789ab`](https://github.com/o/r/commit/0123456789abcdef0123456789abcdef01234567) |');
    expect(md).toContain('| Pull request | [#12](https://github.com/o/r/pull/12) |');
    expect(md).toContain('| Draft release | [`v1.2.0`](https://github.com/o/r/releases/tag/untagged-abc) |');
    expect(md).toContain('| Workflow run | [this run](https://github.com/o/r/actions/runs/7) |');
    // The manifest: every file, its size and its full sha256.
    expect(md).toContain('### Distributions: 2 files, 1.2 MiB');
    expect(md).toContain(`| [\`${WHEEL_27}\`](https://test-files.pythonhosted.org/packages/aa/x.whl) | 1.2 MiB (1,234,567 bytes) | \`${SHA_A}\` |`);
    expect(md).toContain(`| \`${WHEEL_3}\` | 2.0 KiB (2,048 bytes) | \`${SHA_B}\` |`);
    // The matrix: a row per leg, with its result and what it installed.
    expect(md).toContain(`| ubuntu-latest in \`python:2.7.18-buster\` | 2.7 | pinned | ✅ passed | \`${WHEEL_27}\` → \`1.2.0\` (sha256 \`aaaaaaaaaaaa\`…) | 2.7.18 | 42 s |`);
    expect(md).toContain(`| macos-latest | 3.x | pinned | ✅ passed | \`${WHEEL_3}\` → \`1.2.0\` (sha256 \`bbbbbbbbbbbb\`…) | 3.12.7 | 42 s |`);
    expect(md.match(/✅ passed/g)).toHaveLength(4);
    expect(assessBrief(input())).toMatchObject({ ready: true, problems: [] });
  });

  it('says not to approve when a leg failed, and which one', () => {
    const legs = [...FOUR_LEGS.slice(0, 3), leg({ os: 'macos-latest', python: '3.x', outcome: 'failure', wheel: '', installedVersion: '', pythonVersion: '' })];
    const md = renderBrief(input({ legs, verifyResult: 'failure' }));
    expect(md).toContain('❌ Not ready: 2 problems** (3 of 4 install checks against TestPyPI passed)');
    expect(md).toContain('Do not approve the `pypi` deployment');
    expect(md).toContain('- The verify job finished with result "failure".');
    expect(md).toContain('- macos-latest / Python 3.x (pinned): failure.');
    expect(md).toContain('| macos-latest | 3.x | pinned | ❌ failed | — | — | 42 s |');
    expect(md).not.toContain('Approving the');
  });

  it('counts a leg that never reported as a problem', () => {
    const verdict = assessBrief(input({ legs: FOUR_LEGS.slice(0, 3) }));
    expect(verdict.problems).toEqual(['1 of 4 install checks reported no result (the leg did not get far enough to write one).']);
    expect(renderBrief(input({ legs: [] }))).toContain('No verify leg reported a result.');
  });

  it('refuses a leg that installed a file the manifest does not name, or did not say what it installed', () => {
    const legs = [...FOUR_LEGS.slice(0, 2), leg({ os: 'macos-latest', python: '2.7', wheel: 'example_native-1.2.0-cp27-cp27m-macosx_10_9_x86_64.whl' }), leg({ os: 'macos-latest', wheel: '' })];
    const verdict = assessBrief(input({ legs }));
    expect(verdict.problems).toEqual([
      'macos-latest / Python 2.7 (pinned): installed example_native-1.2.0-cp27-cp27m-macosx_10_9_x86_64.whl, which the manifest does not name.',
      'macos-latest / Python 3.x (pinned): passed but did not report which file it installed.',
    ]);
    expect(renderBrief(input({ legs }))).toContain('(**not in the manifest**)');
  });

  it('refuses duplicated legs, an empty manifest and a manifest of another version', () => {
    expect(assessBrief(input({ legs: [...FOUR_LEGS, FOUR_LEGS[0]!] })).problems).toEqual(['Two result files describe the same leg; the results cannot be trusted.']);
    expect(assessBrief(input({ manifest: createManifest([], { version: '1.2.0' }), legs: [] , expectLegs: undefined })).problems).toEqual(['The manifest lists no files.']);
    expect(assessBrief(input({ version: '1.3.0' })).problems).toEqual([
      'The manifest is for version 1.2.0, not 1.3.0.',
      ...FOUR_LEGS.map((l) => `${l.os} / Python ${l.python} (pinned): its installed version is 1.2.0, not 1.3.0: the result is from another release.`),
    ]);
  });

  it('keeps table cells single-line and inert', () => {
    const md = renderBrief(input({ legs: [leg({ os: 'evil | <script>\nrow', python: '3.x' })], expectLegs: 1 }));
    expect(md).toContain('| evil \\| &lt;script&gt; row | 3.x |');
  });

  it('records a finished release without gate wording', () => {
    const md = renderBrief(input({ title: 'Released', index: 'pypi', gate: undefined, draft: false, legs: FOUR_LEGS.map((l) => ({ ...l, index: 'pypi' })) }));
    expect(md).toMatch(/^## Released: example-native 1\.2\.0/);
    expect(md).toContain('against PyPI passed');
    expect(md).toContain('| GitHub release | [`v1.2.0`]');
    expect(md).not.toContain('Approving');
  });
});

describe('leg result files', () => {
  it('parses what a leg writes and rejects anything else by name', () => {
    expect(parseLegResult({ schema: LEG_SCHEMA, schemaVersion: 1, os: 'ubuntu-latest', python: '2.7', outcome: 'success', secondsToAvailable: 3 }, 'x.json')).toMatchObject({ os: 'ubuntu-latest', python: '2.7', secondsToAvailable: '3', wheel: '' });
    expect(() => parseLegResult({ schema: 'other' }, 'x.json')).toThrow(/x\.json is not a verify result: "schema" is "other"/);
    expect(() => parseLegResult([], 'x.json')).toThrow(UserError);
    expect(() => parseLegResult({ schema: LEG_SCHEMA, os: 'a', python: '3', outcome: 'success', wheel: { a: 1 } }, 'x.json')).toThrow(/"wheel" must be a string/);
    expect(() => parseLegResult({ schema: LEG_SCHEMA, os: '', python: '3', outcome: 'success' }, 'x.json')).toThrow(/must not be empty/);
  });
});

describe('pyrelease brief', () => {
  let dir: string;
  let saved: NodeJS.ProcessEnv;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'brief-'));
    saved = { ...process.env };
    for (const k of ['GITHUB_STEP_SUMMARY', 'GITHUB_REPOSITORY', 'GITHUB_SERVER_URL', 'GITHUB_RUN_ID', 'GITHUB_RUN_ATTEMPT', 'GITHUB_ACTIONS']) delete process.env[k];
  });
  afterEach(async () => {
    process.env = saved;
    await rm(dir, { recursive: true, force: true });
  });

  async function setup(legs: LegResult[]): Promise<{ manifestPath: string; results: string; summary: string }> {
    const manifestPath = join(dir, 'manifest.json');
    await writeManifest(manifestPath, manifest());
    const results = join(dir, 'results');
    for (const [i, l] of legs.entries()) {
      // download-artifact without merge-multiple leaves one folder per artifact
      const sub = join(results, `verify-testpypi-${i}`);
      await mkdir(sub, { recursive: true });
      await writeFile(join(sub, `${l.os}-${l.python}.json`), JSON.stringify({ schema: LEG_SCHEMA, schemaVersion: 1, ...l }));
    }
    const summary = join(dir, 'summary.md');
    await writeFile(summary, '# earlier step\n');
    process.env.GITHUB_STEP_SUMMARY = summary;
    process.env.GITHUB_REPOSITORY = 'o/r';
    process.env.GITHUB_SERVER_URL = 'https://github.com';
    process.env.GITHUB_RUN_ID = '99';
    return { manifestPath, results, summary };
  }

  it('appends the brief to the step summary and exits 0 when every leg passed', async () => {
    const { manifestPath, results, summary } = await setup(FOUR_LEGS);
    const code = await briefCommand(['--manifest', manifestPath, '--results', results, '--expect-legs', '4', '--verify-result', 'success', '--version', '1.2.0', '--tag', 'v1.2.0', '--commit', 'abcdef0123456789', '--pull-request', 'https://github.com/o/r/pull/3', '--release-url', 'https://github.com/o/r/releases/tag/untagged-1', '--draft', '--gate', 'pypi', '--title', 'Approval brief', '--require-pass']);
    expect(code).toBe(0);
    const md = await readFile(summary, 'utf8');
    expect(md.startsWith('# earlier step\n## Approval brief: example-native 1.2.0')).toBe(true);
    expect(md).toContain('[`abcdef012345`](https://github.com/o/r/commit/abcdef0123456789)');
    expect(md).toContain('| Workflow run | [this run](https://github.com/o/r/actions/runs/99) |');
    expect(md.match(/✅ passed/g)).toHaveLength(4);
  });

  it('exits 1 with --require-pass when a leg is missing, still writing the brief and an annotation', async () => {
    const { manifestPath, results, summary } = await setup(FOUR_LEGS.slice(1));
    process.env.GITHUB_ACTIONS = 'true';
    const writes: string[] = [];
    const original = process.stderr.write.bind(process.stderr);
    process.stderr.write = ((chunk: string) => {
      writes.push(String(chunk));
      return true;
    }) as typeof process.stderr.write;
    try {
      expect(await briefCommand(['--manifest', manifestPath, '--results', results, '--expect-legs', '4', '--require-pass'])).toBe(1);
      expect(await briefCommand(['--manifest', manifestPath, '--results', results, '--expect-legs', '4'])).toBe(0);
    } finally {
      process.stderr.write = original;
    }
    expect(writes[0]).toBe('::error::1 of 4 install checks reported no result (the leg did not get far enough to write one).\n');
    expect(writes[1]).toMatch(/^::warning::1 of 4/);
    expect((await readFile(summary, 'utf8')).match(/❌ Not ready: one problem/g)).toHaveLength(2);
  });

  it('writes to --output, and to stdout without a summary file', async () => {
    const { manifestPath, results } = await setup(FOUR_LEGS);
    const out = join(dir, 'brief.md');
    expect(await briefCommand(['--manifest', manifestPath, '--results', results, '--output', out])).toBe(0);
    expect(await readFile(out, 'utf8')).toMatch(/^## Release brief: example-native 1\.2\.0/);
    delete process.env.GITHUB_STEP_SUMMARY;
    const writes: string[] = [];
    const original = process.stdout.write.bind(process.stdout);
    process.stdout.write = ((chunk: string) => {
      writes.push(String(chunk));
      return true;
    }) as typeof process.stdout.write;
    try {
      expect(await briefCommand(['--manifest', manifestPath])).toBe(0);
    } finally {
      process.stdout.write = original;
    }
    expect(writes.join('')).toContain('No verify leg reported a result.');
  });

  it('refuses bad usage with exit 2 and unreadable inputs with a UserError', async () => {
    const { manifestPath, results } = await setup([]);
    const original = process.stderr.write.bind(process.stderr);
    const writes: string[] = [];
    process.stderr.write = ((chunk: string) => {
      writes.push(String(chunk));
      return true;
    }) as typeof process.stderr.write;
    try {
      expect(await briefCommand([])).toBe(2);
      expect(await briefCommand(['--manifest', manifestPath, '--expect-legs', 'four'])).toBe(2);
      expect(await briefCommand(['--manifest', manifestPath, '--bogus'])).toBe(2);
    } finally {
      process.stderr.write = original;
    }
    expect(writes.join('')).toMatch(/--manifest is required/);
    expect(writes.join('')).toMatch(/--expect-legs must be a whole number/);
    await expect(briefCommand(['--manifest', join(dir, 'missing.json')])).rejects.toThrow(UserError);
    await mkdir(results, { recursive: true });
    await writeFile(join(results, 'broken.json'), '{not json');
    await expect(briefCommand(['--manifest', manifestPath, '--results', results])).rejects.toThrow(/broken\.json is not valid JSON/);
    expect(await readLegResults(join(dir, 'no-such-dir'))).toEqual([]);
  });
});
