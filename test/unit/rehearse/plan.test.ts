/**
 * Which legs of plan-verify's plan the rehearsal runs here, and on which
 * interpreter: the legs of this machine's runner kind whose wheels a local
 * interpreter's pip accepts; the rest are planned for hosted runners. The
 * brief's plan is the set's part of it, with the hosted legs declared to run
 * elsewhere.
 */
import { describe, expect, it } from '@jest/globals';
import { planWheels } from '../../../src/commands/plan-verify/index.js';
import type { Interpreter } from '../../../src/python/index.js';
import { briefPlan, hostedLegLabel, localLegs, machineKind, type PythonLeg } from '../../../src/rehearse/index.js';

const interpreter = (version: string): Interpreter => {
  const [major, minor] = version.split('.').map(Number);
  return { path: `/py/${version}`, version, major: major!, minor: minor!, implementation: 'cpython', source: 'pyenv' };
};
const leg = (version: string, position: number): PythonLeg => ({ label: version.split('.').slice(0, 2).join('.'), requested: version, position, interpreter: interpreter(version) });

/** pip's tags for CPython X.Y on manylinux x86_64 with glibc 2.36 (abridged, in pip's order). */
function linuxTags(py: string, abi: string, pipKnowsPep600 = true): string[] {
  const plats = [...(pipKnowsPep600 ? ['manylinux_2_36_x86_64', 'manylinux_2_17_x86_64', 'manylinux2014_x86_64', 'manylinux_2_5_x86_64'] : []), 'manylinux2010_x86_64', 'manylinux1_x86_64', 'linux_x86_64'];
  return [...plats.map((p) => `${py}-${abi}-${p}`), ...plats.map((p) => `${py}-none-${p}`), `py${py[2]}-none-any`, `${py}-none-any`];
}

const names = (stem: string, triples: string[]) => triples.map((t) => `${stem.replace(/-/g, '_')}-1.0-${t}.whl`);
const NATIVE = ['cp27-cp27mu-manylinux_2_5_x86_64.manylinux1_x86_64', 'cp312-cp312-manylinux_2_5_x86_64.manylinux1_x86_64'];
const pythons = [
  { leg: leg('2.7.18', 0), tags: linuxTags('cp27', 'cp27mu', false) },
  { leg: leg('3.12.1', 1), tags: linuxTags('cp312', 'cp312') },
];

describe('localLegs', () => {
  it('runs the plan\'s Linux x86_64 legs on the interpreter of their Python (2.7 for the container leg), both distributions together; the rest is planned for hosted runners', () => {
    const set = [...names('demo', NATIVE), ...names('demo-cpp', NATIVE)];
    const elsewhere = [...names('demo', ['cp312-cp312-macosx_11_0_arm64', 'cp312-cp312-win_amd64']), ...names('demo-cpp', ['cp312-cp312-macosx_11_0_arm64'])];
    const rp = localLegs(planWheels([...set, ...elsewhere]), pythons, 'linux-x86_64');
    expect(rp.local.map((l) => [l.planned.id, l.python.label, l.position, l.planned.wheels])).toEqual([
      ['linux-x86_64-2.7-container', '2.7', 0, names('demo', [NATIVE[0]!]).concat(names('demo-cpp', [NATIVE[0]!]))],
      ['linux-x86_64-3.12', '3.12', 1, names('demo', [NATIVE[1]!]).concat(names('demo-cpp', [NATIVE[1]!]))],
    ]);
    expect(rp.local[0]!.planned.packages).toEqual(['demo', 'demo-cpp']);
    expect(rp.hosted.map((h) => [h.id, h['runs-on'], h.wheels.length])).toEqual([['macos-arm64-3.12', 'macos-15', 2], ['windows-amd64-3.12', 'windows-2025', 1]]);
    expect(rp.notHere.get('macos-arm64-3.12')).toMatch(/^runs on macos-15, not this machine/);
    expect(hostedLegLabel(rp.hosted[0]!)).toBe('macos-15 · Python 3.12 (macos-arm64-3.12)');

    // On another machine kind, nothing runs here.
    expect(localLegs(planWheels(set), pythons, 'macos-arm64').local).toEqual([]);
  });

  it('keeps a leg for the hosted runner when no interpreter here installs its wheels: an old pip and manylinux_2_36, a Python this machine lacks, musllinux', () => {
    const set = names('demo', ['cp27-cp27mu-manylinux_2_28_x86_64', 'cp312-cp312-manylinux_2_36_x86_64', 'cp311-cp311-manylinux_2_17_x86_64', 'cp312-cp312-musllinux_1_2_x86_64']);
    const rp = localLegs(planWheels(set), pythons, 'linux-x86_64');
    expect(rp.local.map((l) => l.planned.id)).toEqual(['linux-x86_64-3.12']);
    expect(rp.hosted.map((h) => h.id).sort()).toEqual(['linux-x86_64-2.7-container', 'linux-x86_64-3.11', 'linux-x86_64-3.12-alpine']);
    expect(rp.notHere.get('linux-x86_64-3.11')).toBe('no interpreter of this machine installs demo-1.0-cp311-cp311-manylinux_2_17_x86_64.whl');
  });

  it('runs a pure leg planned for a Python this machine lacks on the newest interpreter that takes it', () => {
    const rp = localLegs(planWheels(names('pure', ['py3-none-any'])), pythons, 'linux-x86_64');
    expect(rp.local.map((l) => [l.planned.id, l.planned.python, l.python.label])).toEqual([['linux-x86_64-3.13', '3.13', '3.12']]);
  });

  it('knows this machine as a runner kind', () => {
    expect([machineKind('linux', 'x64'), machineKind('darwin', 'arm64'), machineKind('win32', 'x64'), machineKind('freebsd', 'x64')]).toEqual(['linux-x86_64', 'macos-arm64', 'windows-amd64', undefined]);
  });
});

describe('briefPlan', () => {
  it('is the plan of the set: wheels built elsewhere left out, hosted legs declared to run elsewhere, unverifiable wheels of the set kept', () => {
    const set = [...names('demo', NATIVE), ...names('demo', ['cp312-cp312-musllinux_1_2_x86_64', 'cp312-cp312-manylinux_2_17_ppc64le'])];
    const elsewhere = names('demo', ['cp312-cp312-win_amd64']);
    const rp = localLegs(planWheels([...set, ...elsewhere]), pythons, 'linux-x86_64');
    const bp = briefPlan(rp, new Set(set));
    expect(bp.include.map((l) => l.id)).toEqual(['linux-x86_64-2.7-container', 'linux-x86_64-3.12', 'linux-x86_64-3.12-alpine']);
    expect(bp.elsewhere).toEqual(['linux-x86_64-3.12-alpine']);
    expect(bp.unverifiable.map((u) => u.wheel)).toEqual(['demo-1.0-cp312-cp312-manylinux_2_17_ppc64le.whl']);
  });
});
