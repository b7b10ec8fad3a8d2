/**
 * The rehearsal's report: the steps, every wheel with its leg and result (as
 * the approval brief's coverage of the TestPyPI legs says), the briefs of
 * both indexes rendered from the legs' result files.
 */
import { describe, expect, it } from '@jest/globals';
import { assessBrief, legFromVerifyResult, type BriefInput } from '../../../src/commands/approval-brief/brief.js';
import { planWheels } from '../../../src/commands/plan-verify/index.js';
import { createManifest } from '../../../src/distributions/index.js';
import type { Interpreter } from '../../../src/python/index.js';
import { briefPlan, localLegs, renderMarkdown, wheelRows, type LegRecord, type ReportInput } from '../../../src/rehearse/index.js';
import type { PythonLeg, StepRecord } from '../../../src/rehearse/index.js';
import type { VerifyResult } from '../../../src/commands/verify-install/index.js';

const sha = (c: string) => c.repeat(64);
const WHEEL = 'demo-1.0.1-py2.py3-none-any.whl';
const manifest = createManifest([
  { filename: WHEEL, size: 2583, sha256: sha('a') },
  { filename: 'demo-1.0.1.tar.gz', size: 2057, sha256: sha('b') },
], { project: 'demo', version: '1.0.1' });

const verifyResult = (leg: string, wheels: [string, string][], result: 'passed' | 'failed' = 'passed'): VerifyResult => ({
  schema: 'python-release-actions/verify-install-result', schemaVersion: 1, result, package: 'demo', version: '1.0.1',
  mode: 'exact-file', index: 'http://127.0.0.1:1/simple/', pin: true, os: 'linux', arch: 'x64', checks: [],
  python: { requested: '3.13', version: '3.13.0', implementation: 'cpython', path: '/py', foundVia: 'pyenv' },
  wheel: wheels[0]?.[0], wheels: wheels.map(([filename, c]) => ({ filename, sha256: sha(c) })), installedVersion: '1.0.1', moduleFile: '/env/demo/__init__.py', secondsToAvailable: 0.1,
  leg: { id: leg, runsOn: 'this machine (linux x64)' },
  ...(result === 'failed' ? { error: 'import demo_cpp failed' } : {}),
  startedAt: '', finishedAt: '', durationSeconds: 1,
});

const step = (id: string, title: string, status: StepRecord['status'], detail = '', error?: string): StepRecord => ({
  id, title, status, detail, ...(status === 'not-run' ? {} : { ms: 1200 }), ...(error ? { error } : {}),
});

const interpreter = (version: string): Interpreter => {
  const [major, minor] = version.split('.').map(Number);
  return { path: `/py/${version}`, version, major: major!, minor: minor!, implementation: 'cpython', source: 'pyenv' };
};
const py27: PythonLeg = { label: '2.7', requested: '2.7', position: 0, interpreter: interpreter('2.7.18') };
const py313: PythonLeg = { label: '3.13', requested: '3.13', position: 1, interpreter: interpreter('3.13.0') };

function input(over: Partial<ReportInput>): ReportInput {
  return {
    result: 'passed', project: 'demo', previousVersion: '1.0.0', version: '1.0.1', commit: 'c'.repeat(40), branch: 'release/v1.0.1',
    source: '/src/demo', wheels: 'built', indexes: [{ name: 'testpypi', url: 'http://127.0.0.1:1/' }, { name: 'pypi', url: 'http://127.0.0.1:2/' }],
    steps: [], totalMs: 5000, briefs: [], coverage: [], warnings: [], workDir: '/tmp/w', startedAt: new Date('2026-01-01T00:00:00Z'),
    ...over,
  };
}

describe('renderMarkdown', () => {
  it('renders the brief from the legs\' results, every wheel with its leg, and the full sha256 of every file', () => {
    const rp = localLegs(planWheels([WHEEL]), [{ leg: py313, tags: ['py3-none-any'] }], 'linux-x86_64');
    const brief: BriefInput = {
      title: 'Approval brief', manifest, index: 'TestPyPI stand-in', gate: 'pypi', expectLegs: 1, version: '1.0.1',
      legs: [legFromVerifyResult(verifyResult('linux-x86_64-3.13', [[WHEEL, 'a']]), 'r.json')],
      plan: briefPlan(rp, new Set([WHEEL])),
    };
    const legs: LegRecord[] = [{ index: 'testpypi', id: 'linux-x86_64-3.13', label: '3.13', mode: 'pinned', status: 'passed', wheels: [WHEEL], packages: ['demo'], result: verifyResult('linux-x86_64-3.13', [[WHEEL, 'a']]) }];
    const md = renderMarkdown(input({
      steps: [step('verify-testpypi-0', 'verify testpypi · 3.13 pinned (linux-x86_64-3.13)', 'passed', 'ok')],
      briefs: [brief],
      coverage: wheelRows({ wheels: [{ filename: WHEEL, distribution: 'demo' }], elsewhere: [], plan: rp, coverage: assessBrief(brief).coverage, legs }),
      warnings: ['no Python 2.7 on this machine'],
    }));
    expect(md).toContain('**✅ All 1 install checks against TestPyPI stand-in passed**');
    expect(md).toContain(`| \`${WHEEL}\` | demo | this machine (`);
    expect(md).toMatch(/· CPython 3\.13\.0 \(linux-x86_64-3\.13\) \| ✅ passed \|/);
    expect(md).toContain(`\`${sha('a')}\``);
    expect(md).toContain(`\`${sha('b')}\``);
    expect(md).toContain('> **Warning:** no Python 2.7 on this machine');
    expect(md).not.toContain('## Released');
  });

  it('names the failed step with its whole message and the steps that did not run', () => {
    const md = renderMarkdown(input({
      result: 'failed',
      steps: [
        step('fetch', 'fetch-wheels (--wheels)', 'failed', 'The fetched set fails preflight', 'The fetched set fails preflight\n| file | rule |\nuse ```fences```'),
        step('publish-pypi', 'publish to pypi', 'not-run'),
      ],
    }));
    expect(md).toMatch(/^# Release rehearsal: demo 1\.0\.0 → 1\.0\.1: ❌ failed/);
    expect(md).toContain('## Failed at: fetch-wheels (--wheels)');
    expect(md).toContain('````text\nThe fetched set fails preflight\n| file | rule |\nuse ```fences```\n````');
    expect(md).toContain('Not run: publish to pypi.');
    expect(md).toContain('| 2 | publish to pypi | — not run |  |  |');
    expect(md).not.toContain('## Wheels');
  });
});

describe('wheelRows: every wheel → its leg → the result, from the brief\'s coverage', () => {
  const NATIVE = (stem: string, py: string, abi: string) => `${stem}-1.0.1-${py}-${abi}-manylinux_2_5_x86_64.manylinux1_x86_64.whl`;
  const wheels = [
    { filename: NATIVE('demo', 'cp27', 'cp27mu'), distribution: 'demo' },
    { filename: NATIVE('demo_cpp', 'cp27', 'cp27mu'), distribution: 'demo-cpp' },
    { filename: NATIVE('demo', 'cp313', 'cp313'), distribution: 'demo' },
    { filename: NATIVE('demo_cpp', 'cp313', 'cp313'), distribution: 'demo-cpp' },
    { filename: 'demo-1.0.1-cp313-cp313-musllinux_1_2_x86_64.whl', distribution: 'demo' },
  ];
  const elsewhere = [{ filename: 'demo-1.0.1-cp313-cp313-win_amd64.whl', distribution: 'demo' }];
  const set = createManifest(wheels.map((w, i) => ({ filename: w.filename, size: 1, sha256: sha(String(i)) })), { project: 'demo', version: '1.0.1' });
  const rp = localLegs(planWheels([...wheels, ...elsewhere].map((w) => w.filename)), [
    { leg: py27, tags: ['cp27-cp27mu-manylinux1_x86_64'] },
    { leg: py313, tags: ['cp313-cp313-manylinux_2_5_x86_64'] },
  ], 'linux-x86_64');
  const results = [
    verifyResult('linux-x86_64-2.7-container', [[wheels[0]!.filename, '0'], [wheels[1]!.filename, '1']]),
    verifyResult('linux-x86_64-3.13', [[wheels[2]!.filename, '2'], [wheels[3]!.filename, '3']], 'failed'),
  ];
  const brief: BriefInput = { title: 'Approval brief', manifest: set, index: 'TestPyPI stand-in', expectLegs: 2, legs: results.map((r) => legFromVerifyResult(r, 'r.json')), plan: briefPlan(rp, new Set(wheels.map((w) => w.filename))) };
  const legs: LegRecord[] = results.map((r, i) => ({ index: 'testpypi', id: r.leg!.id, label: ['2.7', '3.13'][i]!, mode: 'pinned', status: r.result, wheels: [], packages: [], result: r }));

  it('gives each wheel the leg that installed it and the brief\'s result; a wheel of the set for a hosted leg is planned, a wheel built elsewhere too', () => {
    const verdict = assessBrief(brief);
    const rows = wheelRows({ wheels, elsewhere, plan: rp, coverage: verdict.coverage, legs });
    expect(rows.map((c) => [c.filename.split('-').slice(0, 4).join('-'), c.leg.replace(/^this machine \([^)]*\)/, 'here'), c.result])).toEqual([
      ['demo-1.0.1-cp27-cp27mu', 'here · CPython 2.7.18 (linux-x86_64-2.7-container)', 'passed'],
      ['demo_cpp-1.0.1-cp27-cp27mu', 'here · CPython 2.7.18 (linux-x86_64-2.7-container)', 'passed'],
      ['demo-1.0.1-cp313-cp313', 'here · CPython 3.13.0 (linux-x86_64-3.13)', 'failed'],
      ['demo_cpp-1.0.1-cp313-cp313', 'here · CPython 3.13.0 (linux-x86_64-3.13)', 'failed'],
      ['demo-1.0.1-cp313-cp313', 'ubuntu-24.04 in python:3.13-alpine · Python 3.13 (linux-x86_64-3.13-alpine)', 'planned'],
      ['demo-1.0.1-cp313-cp313', 'windows-2025 · Python 3.13 (windows-amd64-3.13)', 'planned'],
    ]);
    expect(rows[4]).toMatchObject({ inSet: true, reason: expect.stringMatching(/^no interpreter of this machine installs/) });
    expect(rows.at(-1)).toMatchObject({ inSet: false, installs: [], reason: "built by the project's CI on that platform, not here" });
    expect(rows[0]!.installs).toEqual([{ index: 'testpypi', mode: 'pinned', leg: 'linux-x86_64-2.7-container', result: 'passed' }]);
    // The brief agrees: the failed leg is a problem, the hosted leg's wheel is planned, not missing.
    expect(wheels.map((w) => verdict.coverage.wheels.find((c) => c.wheel === w.filename)!.status)).toEqual(['passed', 'passed', 'failed', 'failed', 'planned']);
    expect(verdict.problems).toEqual([expect.stringContaining('failure (import demo_cpp failed)')]);
  });

  it('says not run for the wheels of legs that did not run, and nothing is planned before the plan', () => {
    const notRun = legs.map((l) => ({ ...l, status: 'not-run' as const, result: undefined }));
    const empty = assessBrief({ ...brief, legs: [] }).coverage;
    expect(wheelRows({ wheels, elsewhere, plan: rp, coverage: empty, legs: notRun }).map((c) => c.result)).toEqual(['not-run', 'not-run', 'not-run', 'not-run', 'planned', 'planned']);
    expect(wheelRows({ wheels, elsewhere: [], legs: [] }).map((c) => c.result)).toEqual(['not-run', 'not-run', 'not-run', 'not-run', 'not-run']);
  });
});
