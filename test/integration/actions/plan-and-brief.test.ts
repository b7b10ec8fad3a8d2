/**
 * plan-verify and approval-brief as the runner runs them (dist/<name>/index.js),
 * and the same two through the command line: a Ray-shaped manifest (ray and
 * ray_cpp, 50 wheels) is planned so that every installable wheel has a leg;
 * the legs' result files, in verify-install's form, are what the brief reads;
 * a wheel nothing installed fails the brief unless the plan declared it not
 * verifiable.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeManifest } from '../../../src/distributions/manifest.js';
import { RESULT_SCHEMA } from '../../../src/verification/leg-result.js';
import type { PlannedLeg, VerifyPlan } from '../../../src/verification/plan.js';
import { cleanupRunsAfterAll, runAction, runCli } from '../../support/runner.js';
import { OTHER_INSTALLABLE, rayManifest, sha256Of, UNVERIFIABLE, VERSION } from '../../unit/commands/plan-verify/ray-set.js';

cleanupRunsAfterAll();

let dir: string;
let manifestPath: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'plan-and-brief-'));
  manifestPath = join(dir, 'manifest.json');
  await writeManifest(manifestPath, rayManifest());
});
afterAll(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

/** The result file verify-install writes for a planned leg, one artifact folder per leg. */
async function writeResults(into: string, legs: PlannedLeg[]): Promise<void> {
  for (const leg of legs) {
    const folder = join(into, `verify-testpypi-${leg.id}`);
    await mkdir(folder, { recursive: true });
    await writeFile(join(folder, 'verify-install-result.json'), JSON.stringify({
      schema: RESULT_SCHEMA, schemaVersion: 1, result: 'passed', package: leg.packages[0], version: VERSION, mode: 'exact-file',
      index: 'https://test.pypi.org/simple/', pin: true, os: 'Linux', arch: 'X64',
      leg: { id: leg.id, runsOn: String(leg['runs-on']), ...(leg.container ? { container: leg.container } : {}) },
      python: { requested: leg.python, version: `${leg.python}.9`, implementation: 'CPython', path: '/python', foundVia: 'setup-python' },
      wheels: leg.wheels.map((filename) => ({ filename, sha256: sha256Of(filename) })), wheel: leg.wheels[0], installedVersion: VERSION,
      checks: [], startedAt: '2026-01-01T00:00:00Z', finishedAt: '2026-01-01T00:01:00Z', durationSeconds: 60,
    }));
  }
}

describe('dist/plan-verify and dist/approval-brief', () => {
  let plan: { matrix: string; unverifiable: string; include: PlannedLeg[] };

  beforeAll(async () => {
    const run = await runAction('plan-verify', { manifest: manifestPath, runners: '' });
    expect(run.errors).toEqual([]);
    expect(run.code).toBe(0);
    plan = { matrix: run.outputs.matrix!, unverifiable: run.outputs.unverifiable!, include: (JSON.parse(run.outputs.matrix!) as { include: PlannedLeg[] }).include };
    expect(run.outputs.legs).toBe(String(plan.include.length));
    expect(run.summary).toContain('plan-verify: 25 leg(s) install 45 of 50 wheel(s)');
    expect(run.summary).toContain('<code>linux-x86_64-2.7-container</code>');
    expect(run.warnings).toHaveLength(5);
  });

  it('plans every installable wheel once, lists the rest with reasons, and takes a self-hosted label', async () => {
    const planned = plan.include.flatMap((l) => l.wheels);
    expect(planned).toHaveLength(45);
    expect(new Set(planned).size).toBe(45);
    const unverifiable = JSON.parse(plan.unverifiable) as { wheel: string; reason: string }[];
    expect(unverifiable.map((u) => u.wheel).sort()).toEqual(Object.values(UNVERIFIABLE).sort());

    const own = await runAction('plan-verify', { manifest: manifestPath, runners: 'linux-ppc64le = self-hosted, linux, ppc64le\nmacos-arm64=my-mac' });
    expect(own.code).toBe(0);
    const include = (JSON.parse(own.outputs.matrix!) as { include: PlannedLeg[] }).include;
    expect(include.find((l) => l.wheels.includes(UNVERIFIABLE.ppc64le))).toMatchObject({ 'runs-on': ['self-hosted', 'linux', 'ppc64le'], python: '3.12' });
    expect(include.find((l) => l.id === 'macos-arm64-2.7-conda')).toMatchObject({ 'runs-on': 'my-mac', wheels: [OTHER_INSTALLABLE.cp27mac] });
  });

  it('writes a ready brief when every planned leg installed its wheels', async () => {
    const results = join(dir, 'all');
    await writeResults(results, plan.include);
    const run = await runAction('approval-brief', {
      manifest: manifestPath, results, matrix: plan.matrix, unverifiable: plan.unverifiable,
      version: VERSION, tag: `ray-${VERSION}`, 'commit-sha': 'a'.repeat(40), gate: 'pypi', draft: 'true',
    });
    expect(run.errors).toEqual([]);
    expect(run.code).toBe(0);
    expect(run.outputs).toEqual({ ready: 'true', problems: '[]' });
    expect(run.summary).toContain('**✅ All 25 install checks against TestPyPI passed**');
    expect(run.summary).toContain('### Coverage: 45 of 50 wheels installed by a passing leg, 5 not verifiable');
    expect(run.summary).toContain(`| \`${OTHER_INSTALLABLE.pure}\` | linux-x86_64-3.12-2 (pinned) | ✅ installed |`);
  });

  it('fails, after writing the brief, on a wheel nothing installed; declared unverifiable wheels are not counted against it', async () => {
    const results = join(dir, 'one-missing');
    await writeResults(results, plan.include.filter((l) => l.id !== 'linux-x86_64-3.9-alpine'));
    const run = await runAction('approval-brief', { manifest: manifestPath, results, matrix: plan.matrix, unverifiable: plan.unverifiable, gate: 'pypi' });
    expect(run.code).toBe(1);
    expect(run.outputs.ready).toBe('false');
    expect(JSON.parse(run.outputs.problems!)).toEqual([
      'The planned leg linux-x86_64-3.9-alpine (Linux x86_64 · Python 3.9 in python:3.9-alpine) reported no result.',
      `${OTHER_INSTALLABLE.abi3Musl} was not installed by any leg (its planned leg linux-x86_64-3.9-alpine reported no result); it cannot be approved unverified.`,
    ]);
    expect(run.errors.at(-1)).toBe('Not ready for approval: 2 problem(s), listed above and in the job summary. Do not approve the pypi deployment; reject it and fix the cause.');
    expect(run.summary).toContain('❌ Not ready: 2 problems');

    const noPlan = await runAction('approval-brief', { manifest: manifestPath, results: join(dir, 'all'), 'require-pass': 'false' });
    expect(noPlan.code).toBe(0);
    expect(noPlan.outputs.ready).toBe('false');
    expect(noPlan.warnings).toHaveLength(5);
  });

  it('refuses a matrix input that is not plan-verify\'s, naming it, before writing anything', async () => {
    const run = await runAction('approval-brief', { manifest: manifestPath, matrix: '{"include": [{"id": "x"}]}' });
    expect(run.code).toBe(1);
    expect(run.errors).toEqual([expect.stringMatching(/^Input 'matrix' is not a verify plan: include\[0\]\.name must be a non-empty string.*give plan-verify's matrix output as it is/)]);
    expect(run.summary).toBe('');
  });
});

describe('pyrelease plan-verify and pyrelease brief --plan', () => {
  it('plans as the action does, and the brief fails on a wheel nothing installed', async () => {
    const json = await runCli(['plan-verify', '--manifest', manifestPath, '--json']);
    expect([json.code, json.stderr]).toEqual([0, '']);
    const plan = JSON.parse(json.stdout) as VerifyPlan;
    expect(plan.include).toHaveLength(25);
    const planPath = join(dir, 'plan.json');
    await writeFile(planPath, json.stdout);

    const results = join(dir, 'cli-results');
    await writeResults(results, plan.include.filter((l) => !l.wheels.includes(OTHER_INSTALLABLE.cp27mu)));
    const out = join(dir, 'brief.md');
    const failing = await runCli(['brief', '--manifest', manifestPath, '--results', results, '--plan', planPath, '--output', out, '--require-pass']);
    expect(failing.code).toBe(1);
    expect(failing.stderr).toContain(`error: ${OTHER_INSTALLABLE.cp27mu} was not installed by any leg`);
    await writeResults(results, plan.include.filter((l) => l.wheels.includes(OTHER_INSTALLABLE.cp27mu)));
    const passing = await runCli(['brief', '--manifest', manifestPath, '--results', results, '--plan', planPath, '--output', out, '--require-pass']);
    expect([passing.code, passing.stderr]).toEqual([0, '']);
  });

  it('prints a table without --json and refuses a runner kind it does not know with exit 2', async () => {
    const table = await runCli(['plan-verify', '--manifest', manifestPath, '--runner', 'linux-s390x=z-box']);
    expect(table.code).toBe(0);
    expect(table.stdout).toMatch(/^25 leg\(s\) install 45 wheel\(s\):/);
    expect(table.stdout).toContain(`    ${UNVERIFIABLE.ios}\n        `);
    const bad = await runCli(['plan-verify', '--manifest', manifestPath, '--runner', 'linux-sparc=box']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/^pyrelease plan-verify: --runner: 'linux-sparc=box' is not KIND=LABEL/);
  });
});
