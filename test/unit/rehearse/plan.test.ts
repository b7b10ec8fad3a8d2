/**
 * Which wheel each verify leg installs: every local interpreter its own wheel
 * of each distribution (by pip's tags, best first), the rest planned for
 * hosted runners or unverifiable.
 */
import { describe, expect, it } from '@jest/globals';
import type { Interpreter } from '../../../src/python/index.js';
import { hostedRunnerFor, planLegs, unpinnedLegs, type PythonLeg } from '../../../src/rehearse/index.js';

const interpreter = (version: string): Interpreter => {
  const [major, minor] = version.split('.').map(Number);
  return { path: `/py/${version}`, version, major: major!, minor: minor!, implementation: 'cpython', source: 'pyenv' };
};
const leg = (version: string, position: number): PythonLeg => ({ label: version.split('.').slice(0, 2).join('.'), requested: version, position, interpreter: interpreter(version) });

/** pip's tags for CPython X.Y on manylinux x86_64 with glibc 2.36, best first (abridged, in pip's order). */
function linuxTags(py: string, abi: string, pipKnowsPep600 = true): string[] {
  const plats = [...(pipKnowsPep600 ? ['manylinux_2_36_x86_64', 'manylinux_2_17_x86_64', 'manylinux2014_x86_64', 'manylinux_2_5_x86_64'] : []), 'manylinux2010_x86_64', 'manylinux1_x86_64', 'linux_x86_64'];
  return [...plats.map((p) => `${py}-${abi}-${p}`), ...plats.map((p) => `${py}-none-${p}`), `py${py[2]}-none-any`, `${py}-none-any`];
}

const set = (stem: string, triples: string[]) => triples.map((t) => ({ filename: `${stem.replace(/-/g, '_')}-1.0-${t}.whl`, distribution: stem }));
const NATIVE = ['cp27-cp27mu-manylinux_2_5_x86_64.manylinux1_x86_64', 'cp312-cp312-manylinux_2_5_x86_64.manylinux1_x86_64'];

describe('planLegs', () => {
  const legs = [
    { leg: leg('2.7.18', 0), tags: linuxTags('cp27', 'cp27mu', false) },
    { leg: leg('3.12.1', 1), tags: linuxTags('cp312', 'cp312') },
  ];
  const distributions = [{ name: 'demo' }, { name: 'demo-cpp' }];

  it('has each local interpreter install its own wheel of every distribution, and plans the rest for hosted runners', () => {
    const plan = planLegs({
      distributions,
      wheels: [...set('demo', NATIVE), ...set('demo-cpp', NATIVE)],
      elsewhere: [...set('demo', ['cp312-cp312-macosx_11_0_arm64', 'cp312-cp312-win_amd64']), ...set('demo-cpp', ['cp312-cp312-macosx_11_0_arm64'])],
      legs,
    });
    expect(plan.local.map((l) => [l.leg.label, l.installs.map((i) => i.wheel)])).toEqual([
      ['2.7', ['demo-1.0-cp27-cp27mu-manylinux_2_5_x86_64.manylinux1_x86_64.whl', 'demo_cpp-1.0-cp27-cp27mu-manylinux_2_5_x86_64.manylinux1_x86_64.whl']],
      ['3.12', ['demo-1.0-cp312-cp312-manylinux_2_5_x86_64.manylinux1_x86_64.whl', 'demo_cpp-1.0-cp312-cp312-manylinux_2_5_x86_64.manylinux1_x86_64.whl']],
    ]);
    expect(plan.hosted).toEqual([
      { 'runs-on': 'macos-latest', python: '3.12', wheels: ['demo-1.0-cp312-cp312-macosx_11_0_arm64.whl', 'demo_cpp-1.0-cp312-cp312-macosx_11_0_arm64.whl'] },
      { 'runs-on': 'windows-latest', python: '3.12', wheels: ['demo-1.0-cp312-cp312-win_amd64.whl'] },
    ]);
    expect(plan.unverifiable).toEqual([]);
  });

  it('does not let an old pip install what it cannot: a manylinux_2_36 wheel goes to the hosted 2.7 container leg, the local 2.7 leg installs nothing', () => {
    const plan = planLegs({ distributions: [{ name: 'demo' }], wheels: set('demo', ['cp27-cp27mu-manylinux_2_36_x86_64', 'cp312-cp312-manylinux_2_36_x86_64']), elsewhere: [], legs });
    expect(plan.local[0]!.installs).toEqual([{ distribution: 'demo', skipped: expect.stringMatching(/^no wheel of demo in the set installs on CPython 2\.7\.18 \(\/py\/2\.7\.18\); its pip accepts cp27-cp27mu-manylinux2010_x86_64, /) }]);
    expect(plan.local[1]!.installs[0]!.wheel).toBe('demo-1.0-cp312-cp312-manylinux_2_36_x86_64.whl');
    expect(plan.hosted).toEqual([{ 'runs-on': 'ubuntu-latest', python: '2.7', container: 'python:2.7.18-buster', wheels: ['demo-1.0-cp27-cp27mu-manylinux_2_36_x86_64.whl'] }]);
  });

  it('installs one pure wheel on every leg, skips what Requires-Python excludes, and a leg without an interpreter installs nothing', () => {
    const missing: PythonLeg = { label: '2.7', requested: '2.7', position: 0, skipped: 'no Python 2.7 found' };
    const plan = planLegs({
      distributions: [{ name: 'pure' }, { name: 'new-only', requiresPython: '>=3.13' }],
      wheels: [...set('pure', ['py2.py3-none-any']), ...set('new-only', ['py3-none-any'])],
      elsewhere: [],
      legs: [{ leg: missing }, legs[1]!],
    });
    expect(plan.local[0]!.installs).toEqual([{ distribution: 'pure', skipped: 'no Python 2.7 found' }, { distribution: 'new-only', skipped: 'no Python 2.7 found' }]);
    expect(plan.local[1]!.installs).toEqual([
      { distribution: 'pure', wheel: 'pure-1.0-py2.py3-none-any.whl' },
      { distribution: 'new-only', skipped: 'Requires-Python >=3.13 excludes CPython 3.12.1' },
    ]);
    // Nothing installed new-only's wheel here: a hosted leg will.
    expect(plan.hosted).toEqual([{ 'runs-on': 'ubuntu-latest', python: '3.x', wheels: ['new_only-1.0-py3-none-any.whl'] }]);
  });

  it('declares unverifiable what no hosted runner installs', () => {
    const plan = planLegs({ distributions, wheels: [], elsewhere: set('demo', ['cp312-cp312-manylinux_2_17_ppc64le', 'cp312-cp312-linux_x86_64']), legs });
    expect(plan.unverifiable).toEqual([
      { wheel: 'demo-1.0-cp312-cp312-manylinux_2_17_ppc64le.whl', reason: 'no GitHub-hosted runner installs manylinux_2_17_ppc64le wheels' },
      { wheel: 'demo-1.0-cp312-cp312-linux_x86_64.whl', reason: 'linux_x86_64 wheels install only where they were built (and PyPI refuses them)' },
    ]);
  });
});

describe('hostedRunnerFor', () => {
  it('maps platforms to GitHub-hosted runners and Python versions from the tags', () => {
    const r = (t: string) => hostedRunnerFor(`x-1.0-${t}.whl`);
    expect(r('cp311-cp311-macosx_10_9_x86_64')).toEqual({ 'runs-on': 'macos-13', python: '3.11' });
    expect(r('cp39-abi3-manylinux_2_17_aarch64')).toEqual({ 'runs-on': 'ubuntu-24.04-arm', python: '3.x' });
    expect(r('cp312-cp312-musllinux_1_2_x86_64')).toEqual({ 'runs-on': 'ubuntu-latest', python: '3.12', container: 'python:3.12-alpine' });
    expect(r('cp312-cp312-win_arm64')).toEqual({ 'runs-on': 'windows-11-arm', python: '3.12' });
    expect(r('py2-none-any')).toEqual({ 'runs-on': 'ubuntu-latest', python: '2.7' });
  });
});

describe('unpinnedLegs', () => {
  it('verifies pip install -U on the newest interpreter of each major version', () => {
    const all = [leg('2.7.18', 0), leg('3.6.15', 1), leg('3.13.0', 2), leg('3.12.1', 3)];
    expect(unpinnedLegs(all).map((l) => l.label)).toEqual(['2.7', '3.13']);
    const missing: PythonLeg = { label: '2.7', requested: '2.7', position: 0, skipped: 'no Python 2.7 found' };
    expect(unpinnedLegs([missing, leg('3.12.1', 1)]).map((l) => l.label)).toEqual(['2.7', '3.12']);
  });
});
