/**
 * Planned legs, as the pipeline runs them: plan-verify plans a two-package set
 * (twin-demo with a cp312 wheel and a pure fallback, and twin-demo-data, which
 * has nothing to import), each leg runs dist/verify-install with its matrix
 * entry, and dist/approval-brief reads the result files the legs wrote. A leg
 * installs exactly its own wheels (the pure fallback, though pip would prefer
 * the cp312 wheel), and the brief fails on a wheel nothing installed.
 */
import { afterAll, beforeAll, expect, it } from '@jest/globals';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { PlannedLeg } from '../../../src/verification/plan.js';
import { cleanupRunsAfterAll, runAction, type ActionRun } from '../../support/runner.js';
import { describeIf, pythonPath } from '../../support/tools.js';
import { compatibleTag } from '../../support/wheels.js';
import { cleanupAll, publishWheel, startIndex, tempDir, type TestIndex } from './support.js';

cleanupRunsAfterAll();
afterAll(cleanupAll);

const PY = '3.12';
const python = pythonPath(PY);
const sha256 = (path: string): string => createHash('sha256').update(readFileSync(path)).digest('hex');

let index: TestIndex;
let dir: string;
let manifestPath: string;
let matrix: string;
let unverifiable: string;
let legs: PlannedLeg[];
const wheel: Record<'native' | 'pure' | 'data', string> = { native: '', pure: '', data: '' };

function manifestOf(paths: string[]): string {
  const path = join(dir, 'manifest.json');
  writeFileSync(path, JSON.stringify({
    schema: 'python-release-actions/manifest',
    schemaVersion: 1,
    createdAt: '2026-01-01T00:00:00.000Z',
    files: paths.map((p) => ({ filename: basename(p), size: readFileSync(p).length, sha256: sha256(p) })),
  }));
  return path;
}

function verifyLeg(leg: PlannedLeg, inputs: Record<string, string> = {}): Promise<ActionRun> {
  return runAction('verify-install', {
    version: '1.0',
    leg: JSON.stringify(leg),
    'index-url': index.simpleUrl,
    python: leg.python,
    'expect-manifest': manifestPath,
    'result-dir': join(dir, 'results', leg.id),
    'wait-timeout': '30',
    'smoke-test': 'import twin_demo; print("twin_demo build " + twin_demo.__commit__)',
    ...inputs,
  });
}

function resultOf(run: ActionRun): Record<string, unknown> & { checks: { name: string; ok: boolean; detail: string }[] } {
  return JSON.parse(readFileSync(run.outputs['result-file']!, 'utf8'));
}

beforeAll(async () => {
  if (!python) return;
  index = await startIndex();
  dir = await tempDir('legs-and-brief-');
  const native = await publishWheel(index, { name: 'twin-demo', version: '1.0', tags: compatibleTag(PY, 'native'), commit: 'native' });
  const pure = await publishWheel(index, { name: 'twin-demo', version: '1.0', tags: 'py3-none-any', commit: 'pure' });
  // Data only: its one top-level name is no module, so there is nothing to import.
  const data = await publishWheel(index, { name: 'twin-demo-data', version: '1.0', tags: compatibleTag(PY, 'native'), importName: 'twin-demo-data' });
  Object.assign(wheel, { native: basename(native), pure: basename(pure), data: basename(data) });
  manifestPath = manifestOf([native, pure, data]);
  const plan = await runAction('plan-verify', { manifest: manifestPath });
  expect(plan.errors).toEqual([]);
  matrix = plan.outputs.matrix!;
  unverifiable = plan.outputs.unverifiable!;
  legs = (JSON.parse(matrix) as { include: PlannedLeg[] }).include;
});

describeIf(python, `Python ${PY} is not installed under /root/.pyenv/versions`)('planned legs write what the approval brief reads', () => {
  it('plans two legs on this Python: the cp312 wheels together, the pure fallback apart', () => {
    expect(legs.map((l) => [l.id, l.python, [...l.wheels].sort()])).toEqual([
      ['linux-x86_64-3.12', '3.12', [wheel.native, wheel.data].sort()],
      ['linux-x86_64-3.12-2', '3.12', [wheel.pure]],
    ]);
    expect(JSON.parse(unverifiable)).toEqual([]);
  });

  it('each leg installs exactly its wheels, checks the data-only package by its dist-info, and the brief is ready', async () => {
    const first = await verifyLeg(legs[0]);
    expect(first.errors).toEqual([]);
    expect(first.outputs.wheels!.split(' ').sort()).toEqual([wheel.native, wheel.data].sort());
    expect(first.log).toContain('twin_demo build native');
    const one = resultOf(first);
    expect(basename(first.outputs['result-file']!)).toBe('verify-install-linux-x86_64-3.12-pinned.json');
    expect(one).toMatchObject({
      result: 'passed',
      leg: { id: 'linux-x86_64-3.12', runsOn: 'ubuntu-24.04' },
      packages: [
        { name: 'twin-demo', wheel: wheel.native, installedVersion: '1.0', importName: 'twin_demo' },
        { name: 'twin-demo-data', wheel: wheel.data, installedVersion: '1.0', importName: null },
      ],
    });
    const checks = Object.fromEntries(one.checks.map((c) => [c.name, c]));
    expect(checks['twin-demo-data files']).toMatchObject({ ok: true, detail: expect.stringMatching(/^all \d+ files of its RECORD are there/) });
    expect(checks['twin-demo-data import'].detail).toBe('the installed distribution has no importable top-level module (top_level: twin-demo-data); its dist-info is checked instead');
    expect(first.summary).toContain('nothing to import (dist-info checked)');

    // pip would choose the cp312 wheel here; the leg installs the pure one it was given.
    const second = await verifyLeg(legs[1]);
    expect(second.errors).toEqual([]);
    expect(second.outputs.wheel).toBe(wheel.pure);
    expect(second.log).toContain('twin_demo build pure');
    for (const run of [first, second]) {
      for (const w of (resultOf(run).wheels as { filename: string; sha256: string }[])) {
        expect(w.sha256).toBe(JSON.parse(readFileSync(manifestPath, 'utf8')).files.find((f: { filename: string }) => f.filename === w.filename).sha256);
      }
    }

    const brief = await runAction('approval-brief', { manifest: manifestPath, results: join(dir, 'results'), matrix, unverifiable, gate: 'pypi' });
    expect(brief.errors).toEqual([]);
    expect(brief.outputs).toEqual({ ready: 'true', problems: '[]' });
    expect(brief.summary).toContain('### Coverage: 3 of 3 wheels installed by a passing leg');
  });

  it('the brief fails on a wheel nothing installed', async () => {
    const results = join(dir, 'results-one-leg');
    const run = await verifyLeg(legs[0], { 'result-dir': results });
    expect(run.errors).toEqual([]);
    expect(readdirSync(results)).toEqual(['verify-install-linux-x86_64-3.12-pinned.json']);
    const brief = await runAction('approval-brief', { manifest: manifestPath, results, matrix, unverifiable, gate: 'pypi' });
    expect(brief.code).toBe(1);
    expect(JSON.parse(brief.outputs.problems!)).toEqual([
      'The planned leg linux-x86_64-3.12-2 (Linux x86_64 · Python 3.12 #2) reported no result.',
      `${wheel.pure} was not installed by any leg (its planned leg linux-x86_64-3.12-2 reported no result); it cannot be approved unverified.`,
    ]);
  });

  it('unpinned, pip download proves the upgrade resolves to the release, and the leg still installs its own wheel', async () => {
    const run = await verifyLeg(legs[1], { pin: 'false' });
    expect(run.errors).toEqual([]);
    expect(run.log).toContain('pip install -U twin-demo: 1.0 is the newest version the index lists');
    expect(run.log).toMatch(/ download --disable-pip-version-check .*--no-deps/);
    expect(run.outputs.wheel).toBe(wheel.pure);
    expect(basename(run.outputs['result-file']!)).toBe('verify-install-linux-x86_64-3.12-2-unpinned.json');
  });

  it('refuses, before downloading, a wheel the index serves with other bytes than the manifest\'s', async () => {
    const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as { files: { filename: string; sha256: string }[] };
    manifest.files.find((f) => f.filename === wheel.pure)!.sha256 = 'e'.repeat(64);
    const tampered = join(dir, 'tampered-manifest.json');
    writeFileSync(tampered, JSON.stringify(manifest));
    const run = await verifyLeg(legs[1], { 'expect-manifest': tampered });
    expect(run.code).toBe(1);
    expect(run.errors[0]).toContain(`serves ${wheel.pure} with sha256 `);
    expect(run.errors[0]).toContain(`but the manifest ${tampered} says ${'e'.repeat(64)}`);
    expect(run.log).not.toContain(`Downloading ${index.url}`);
    expect(resultOf(run)).toMatchObject({ result: 'failed', leg: { id: 'linux-x86_64-3.12-2' } });
  });
});
