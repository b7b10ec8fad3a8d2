import { describe, expect, it } from '@jest/globals';
import { createManifest } from '../../../src/distributions/index.js';
import type { Interpreter } from '../../../src/python/index.js';
import { legResults, planLegs, renderMarkdown, wheelCoverage, type LegRecord, type ReportInput } from '../../../src/rehearse/index.js';
import type { PythonLeg, StepRecord } from '../../../src/rehearse/index.js';
import type { VerifyResult } from '../../../src/commands/verify-install/index.js';

const sha = (c: string) => c.repeat(64);
const WHEEL = 'demo-1.0.1-py2.py3-none-any.whl';
const manifest = createManifest([
  { filename: WHEEL, size: 2583, sha256: sha('a') },
  { filename: 'demo-1.0.1.tar.gz', size: 2057, sha256: sha('b') },
], { project: 'demo', version: '1.0.1' });

const verifyResult = (python: string, wheel = WHEEL, pkg = 'demo'): VerifyResult => ({
  schema: 'python-release-actions/verify-install-result', schemaVersion: 1, result: 'passed', package: pkg, version: '1.0.1',
  mode: 'exact-file', index: 'http://127.0.0.1:1/simple/', pin: true, os: 'linux', arch: 'x64', checks: [],
  python: { requested: python, version: python === '2.7' ? '2.7.18' : '3.13.0', implementation: 'cpython', path: '/py', foundVia: 'pyenv' },
  wheel, installedVersion: '1.0.1', moduleFile: `/env/${pkg}/__init__.py`, secondsToAvailable: 0.1,
  startedAt: '', finishedAt: '', durationSeconds: 1,
});

const step = (id: string, title: string, status: StepRecord['status'], detail = '', error?: string): StepRecord => ({
  id, title, status, detail, ...(status === 'not-run' ? {} : { ms: 1200 }), ...(error ? { error } : {}),
});

const interpreter = (version: string): Interpreter => {
  const [major, minor] = version.split('.').map(Number);
  return { path: `/py/${version}`, version, major: major!, minor: minor!, implementation: 'cpython', source: 'pyenv' };
};
const py313: PythonLeg = { label: '3.13', requested: '3.13', position: 1, interpreter: interpreter('3.13.0') };
const missing27: PythonLeg = { label: '2.7', requested: '2.7', position: 0, skipped: 'no Python 2.7 found' };

function input(over: Partial<ReportInput>): ReportInput {
  return {
    result: 'passed', project: 'demo', previousVersion: '1.0.0', version: '1.0.1', commit: 'c'.repeat(40), branch: 'release/v1.0.1',
    source: '/src/demo', wheels: 'built', indexes: { testpypi: 'http://127.0.0.1:1/', pypi: 'http://127.0.0.1:2/' },
    steps: [], totalMs: 5000, legs: [], multipleDistributions: false, coverage: [], warnings: [], workDir: '/tmp/w', startedAt: new Date('2026-01-01T00:00:00Z'),
    ...over,
  };
}

describe('renderMarkdown', () => {
  it('shows a skipped 2.7 leg as skipped, never as passed, and lists the full sha256 of every file', () => {
    const plan = planLegs({ distributions: [{ name: 'demo' }], wheels: [{ filename: WHEEL, distribution: 'demo' }], elsewhere: [], legs: [{ leg: missing27 }, { leg: py313, tags: ['py3-none-any'] }] });
    const legs: LegRecord[] = [
      { index: 'testpypi', label: '2.7', mode: 'pinned', status: 'skipped', skipped: 'no Python 2.7 found', installs: [] },
      { index: 'testpypi', label: '3.13', mode: 'pinned', status: 'passed', interpreter: 'CPython 3.13.0', installs: [{ distribution: 'demo', planned: WHEEL, status: 'passed', result: verifyResult('3.13') }] },
    ];
    const md = renderMarkdown(input({
      steps: [step('verify-testpypi-0', 'verify testpypi · 2.7 pinned', 'skipped', 'no Python 2.7 found'), step('verify-testpypi-1', 'verify testpypi · 3.13 pinned', 'passed', 'ok')],
      testpypiManifest: manifest,
      legs,
      plan,
      coverage: wheelCoverage({ wheels: [{ filename: WHEEL, distribution: 'demo' }], elsewhere: [], plan, legs }),
      warnings: ['no Python 2.7 on this machine'],
    }));
    expect(md).toContain('| 1 | verify testpypi · 2.7 pinned | ⏭️ skipped | 1.2 s | no Python 2.7 found |');
    expect(md).toMatch(/\| 2\.7 \| pinned \| ⏭️ skipped \|/);
    expect(md).toMatch(/\| 3\.13 \| pinned \| ✅ passed \| `demo-1\.0\.1-py2\.py3-none-any\.whl` → `1\.0\.1`/);
    // The skipped leg is a problem for the approver, and the one wheel is covered by the 3.13 leg.
    expect(md).toContain('**❌ Not ready: one problem** (1 of 2 install checks against TestPyPI stand-in passed)');
    expect(md).toContain(`| \`${WHEEL}\` | demo | this machine (`);
    expect(md).toMatch(/· CPython 3\.13\.0 \| ✅ passed \|/);
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

describe('coverage: every wheel → its leg → the result', () => {
  const NATIVE = (stem: string, py: string, abi: string) => `${stem}-1.0.1-${py}-${abi}-manylinux_2_5_x86_64.manylinux1_x86_64.whl`;
  const py27: PythonLeg = { label: '2.7', requested: '2.7', position: 0, interpreter: interpreter('2.7.18') };
  const wheels = [
    { filename: NATIVE('demo', 'cp27', 'cp27mu'), distribution: 'demo' },
    { filename: NATIVE('demo', 'cp313', 'cp313'), distribution: 'demo' },
    { filename: NATIVE('demo_cpp', 'cp27', 'cp27mu'), distribution: 'demo-cpp' },
    { filename: NATIVE('demo_cpp', 'cp313', 'cp313'), distribution: 'demo-cpp' },
  ];
  const elsewhere = [{ filename: 'demo-1.0.1-cp313-cp313-win_amd64.whl', distribution: 'demo' }];
  const plan = planLegs({
    distributions: [{ name: 'demo' }, { name: 'demo-cpp' }],
    wheels,
    elsewhere,
    legs: [{ leg: py27, tags: ['cp27-cp27mu-manylinux1_x86_64'] }, { leg: py313, tags: ['cp313-cp313-manylinux_2_5_x86_64'] }],
  });
  const passed = (w: string, pkg: string) => ({ distribution: pkg, planned: w, status: 'passed' as const, result: verifyResult('x', w, pkg) });
  const legs: LegRecord[] = [
    { index: 'testpypi', label: '2.7', mode: 'pinned', status: 'passed', interpreter: 'CPython 2.7.18', installs: [passed(wheels[0]!.filename, 'demo'), passed(wheels[2]!.filename, 'demo-cpp')] },
    { index: 'testpypi', label: '3.13', mode: 'pinned', status: 'failed', interpreter: 'CPython 3.13.0', installs: [passed(wheels[1]!.filename, 'demo'), { distribution: 'demo-cpp', planned: wheels[3]!.filename, status: 'failed', error: 'import failed' }] },
  ];

  it('gives each wheel the leg that installed it and its result, and the hosted leg for a wheel built elsewhere', () => {
    const coverage = wheelCoverage({ wheels, elsewhere, plan, legs });
    expect(coverage.map((c) => [c.filename.split('-').slice(0, 4).join('-'), c.leg.replace(/^this machine \([^)]*\)/, 'here'), c.result])).toEqual([
      ['demo-1.0.1-cp27-cp27mu', 'here · CPython 2.7.18', 'passed'],
      ['demo_cpp-1.0.1-cp27-cp27mu', 'here · CPython 2.7.18', 'passed'],
      ['demo-1.0.1-cp313-cp313', 'here · CPython 3.13.0', 'passed'],
      ['demo_cpp-1.0.1-cp313-cp313', 'here · CPython 3.13.0', 'failed'],
      ['demo-1.0.1-cp313-cp313', 'windows-latest · Python 3.13', 'planned'],
    ]);
    expect(coverage.at(-1)).toMatchObject({ inSet: false, installs: [], reason: "built by the project's CI on that platform, not here" });
    // Nothing was verified before the plan: every wheel of the set is "not run", none "planned".
    expect(wheelCoverage({ wheels, elsewhere: [], legs: [] }).map((c) => c.result)).toEqual(['not-run', 'not-run', 'not-run', 'not-run']);
  });

  it('gives the approval brief one result per distribution installed, each named so that the brief sees no duplicate', () => {
    const results = legResults(legs[1]!, true);
    expect(results.map((r) => [r.python, r.outcome, r.wheel])).toEqual([
      ['3.13 · demo', 'success', wheels[1]!.filename],
      ['3.13 · demo-cpp', 'failure', ''],
    ]);
    expect(legResults({ index: 'testpypi', label: '2.7', mode: 'pinned', status: 'skipped', installs: [] }, true)).toMatchObject([{ python: '2.7', outcome: 'skipped' }]);
  });
});
