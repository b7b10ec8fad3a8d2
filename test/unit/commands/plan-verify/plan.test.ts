import { describe, expect, it } from '@jest/globals';
import { parseRunnerOverrides, planVerify } from '../../../../src/commands/plan-verify/index.js';
import { interpreterOf, platformOf, wheelTarget } from '../../../../src/commands/plan-verify/targets.js';
import { resolveRunners } from '../../../../src/commands/plan-verify/runners.js';
import { createManifest } from '../../../../src/distributions/manifest.js';
import { parseWheelFilename } from '../../../../src/distributions/index.js';
import { parsePlan } from '../../../../src/verification/plan.js';
import { ALL_WHEELS, MATRIX_WHEELS, OTHER_INSTALLABLE, PYTHONS, rayManifest, sha256Of, UNVERIFIABLE, VERSION } from './ray-set.js';

const manifestOf = (...names: string[]) => createManifest(names.map((filename) => ({ filename, size: 1, sha256: sha256Of(filename) })));

describe('planVerify on a Ray-shaped set (ray and ray_cpp, 50 wheels)', () => {
  const plan = planVerify(rayManifest());

  it('installs every installable wheel exactly once and lists every other one with a reason', () => {
    const planned = plan.include.flatMap((l) => l.wheels);
    expect(new Set(planned).size).toBe(planned.length);
    expect(planned.sort()).toEqual([...MATRIX_WHEELS, ...Object.values(OTHER_INSTALLABLE)].sort());
    expect(plan.unverifiable.map((u) => u.wheel).sort()).toEqual(Object.values(UNVERIFIABLE).sort());
    expect(planned.length + plan.unverifiable.length).toBe(ALL_WHEELS.length);
    for (const u of plan.unverifiable) expect(u.reason.length).toBeGreaterThan(30);
  });

  it('puts each platform on its hosted runner and each Python version in its own leg, both packages together', () => {
    const legOf = (wheel: string) => plan.include.find((l) => l.wheels.includes(wheel))!;
    const expected: Record<string, [string, string]> = {
      manylinux2014_x86_64: ['ubuntu-24.04', 'x64'],
      manylinux2014_aarch64: ['ubuntu-24.04-arm', 'arm64'],
      macosx_12_0_arm64: ['macos-15', 'arm64'],
      macosx_10_15_x86_64: ['macos-15-intel', 'x64'],
      win_amd64: ['windows-2025', 'x64'],
    };
    for (const py of PYTHONS) {
      for (const [plat, [label, arch]] of Object.entries(expected)) {
        const leg = legOf(`ray-${VERSION}-${py}-${py}-${plat}.whl`);
        expect(leg).toMatchObject({ 'runs-on': label, python: `3.${py.slice(3)}`, 'python-setup': 'setup-python', architecture: arch });
        expect(leg.wheels).toContain(`ray_cpp-${VERSION}-${py}-${py}-${plat}.whl`);
        expect(leg.packages).toEqual(['ray', 'ray-cpp']);
        expect(leg.container).toBeUndefined();
      }
    }
  });

  it('plans cp27mu in the 2.7 container, cp27m for macOS under Rosetta, musllinux in Alpine, win32 as 32-bit Python', () => {
    const legOf = (wheel: string) => plan.include.find((l) => l.wheels.includes(wheel))!;
    expect(legOf(OTHER_INSTALLABLE.cp27mu)).toMatchObject({ id: 'linux-x86_64-2.7-container', 'runs-on': 'ubuntu-24.04', python: '2.7', 'python-setup': 'container', container: 'python:2.7.18-buster', wheels: [OTHER_INSTALLABLE.cp27mu] });
    expect(legOf(OTHER_INSTALLABLE.cp27mac)).toMatchObject({ id: 'macos-arm64-2.7-conda', 'runs-on': 'macos-15', python: '2.7', 'python-setup': 'conda', architecture: 'x64' });
    expect(legOf(OTHER_INSTALLABLE.abi3Musl)).toMatchObject({ id: 'linux-x86_64-3.9-alpine', 'runs-on': 'ubuntu-24.04', python: '3.9', 'python-setup': 'container', container: 'python:3.9-alpine' });
    expect(legOf(OTHER_INSTALLABLE.win32)).toMatchObject({ id: 'windows-amd64-3.12-x86', 'runs-on': 'windows-2025', python: '3.12', architecture: 'x86' });
  });

  it('installs the pure wheel on the newest Python the set targets, in a second leg beside the same distribution', () => {
    const pure = plan.include.find((l) => l.wheels.includes(OTHER_INSTALLABLE.pure))!;
    expect(pure).toMatchObject({ id: 'linux-x86_64-3.12-2', 'runs-on': 'ubuntu-24.04', python: '3.12', wheels: [OTHER_INSTALLABLE.pure], packages: ['ray'] });
    expect(plan.include.find((l) => l.id === 'linux-x86_64-3.12')!.wheels).toContain(`ray-${VERSION}-cp312-cp312-manylinux2014_x86_64.whl`);
  });

  it('says why each of the others cannot be installed, naming the kind a label of your own would fix', () => {
    const why = Object.fromEntries(plan.unverifiable.map((u) => [u.wheel, u]));
    expect(why[UNVERIFIABLE.ppc64le]).toEqual({ wheel: UNVERIFIABLE.ppc64le, kind: 'linux-ppc64le', reason: expect.stringContaining('no GitHub-hosted runner is Linux ppc64le; to install it on a runner of your own, map linux-ppc64le to its labels') });
    expect(why[UNVERIFIABLE.muslArm]!.reason).toMatch(/JavaScript actions in Alpine containers on x86_64 only/);
    expect(why[UNVERIFIABLE.winArm310]).toMatchObject({ kind: 'windows-arm64', reason: expect.stringMatching(/from 3\.11 on/) });
    expect(why[UNVERIFIABLE.ios]!.reason).toMatch(/iOS wheel/);
    expect(why[UNVERIFIABLE.i686]!.reason).toMatch(/32-bit x86 Linux/);
  });

  it('is ordered, with unique ids, 25 legs for this set, and reads back as a plan', () => {
    expect(plan.include).toHaveLength(25);
    expect(new Set(plan.include.map((l) => l.id)).size).toBe(25);
    expect(plan.include.map((l) => l.id).slice(0, 7)).toEqual(['linux-x86_64-2.7-container', 'linux-x86_64-3.9', 'linux-x86_64-3.9-alpine', 'linux-x86_64-3.10', 'linux-x86_64-3.11', 'linux-x86_64-3.12', 'linux-x86_64-3.12-2']);
    expect(parsePlan(JSON.parse(JSON.stringify(plan)), 'the plan')).toEqual(plan);
  });

  it('honours a self-hosted label for a kind no hosted runner serves, and for one it does', () => {
    const own = planVerify(rayManifest(), { runners: parseRunnerOverrides(['linux-ppc64le=self-hosted,linux,ppc64le', 'linux-aarch64=arm-box'], '--runner') });
    const ppc = own.include.find((l) => l.wheels.includes(UNVERIFIABLE.ppc64le))!;
    expect(ppc).toMatchObject({ id: 'linux-ppc64le-3.12', 'runs-on': ['self-hosted', 'linux', 'ppc64le'], python: '3.12', 'python-setup': 'setup-python' });
    expect(own.unverifiable.map((u) => u.wheel)).not.toContain(UNVERIFIABLE.ppc64le);
    expect(own.include.filter((l) => l.id.startsWith('linux-aarch64')).map((l) => l['runs-on'])).toEqual(['arm-box', 'arm-box', 'arm-box', 'arm-box']);
  });
});

describe('plan-verify choices', () => {
  const target = (name: string, runners = resolveRunners()) => wheelTarget(parseWheelFilename(name), { runners, purePython: [3, 12] });

  it('installs abi3 on the oldest Python its tag admits, not older than hosted runners offer', () => {
    expect(target('x-1.0-cp310-abi3-manylinux2014_x86_64.whl')).toMatchObject({ python: '3.10' });
    expect(target('x-1.0-cp37-abi3-macosx_11_0_arm64.whl')).toMatchObject({ python: '3.9' });
    expect(target('x-1.0-cp39-abi3-win_arm64.whl')).toMatchObject({ python: '3.11', architecture: 'arm64' });
  });

  it('reads free-threaded, PyPy and py2.py3 wheels', () => {
    expect(target('x-1.0-cp313-cp313t-manylinux_2_17_x86_64.manylinux2014_x86_64.whl')).toMatchObject({ python: '3.13t' });
    expect(target('x-1.0-pp310-pypy310_pp73-manylinux_2_17_x86_64.whl')).toMatchObject({ python: 'pypy3.10' });
    expect(target('x-1.0-py2.py3-none-any.whl')).toMatchObject({ python: '3.12', setup: 'setup-python' });
    expect(target('x-1.0-py2-none-any.whl')).toMatchObject({ python: '2.7', setup: 'container' });
    expect(interpreterOf('cp39', 'cp39d')).toEqual({ reason: 'cp39-cp39d is for a debug build of CPython, which no runner has' });
  });

  it('checks glibc and macOS against the hosted image, and not against a label of your own', () => {
    expect(target('x-1.0-cp312-cp312-manylinux_2_40_x86_64.whl')).toMatchObject({ kind: 'linux-x86_64', reason: expect.stringContaining('needs glibc 2.40; ubuntu-24.04 has glibc 2.39') });
    expect(target('x-1.0-cp27-cp27mu-manylinux_2_31_x86_64.whl')).toMatchObject({ reason: expect.stringContaining('has glibc 2.28') });
    expect(target('x-1.0-cp312-cp312-macosx_26_0_arm64.whl')).toMatchObject({ kind: 'macos-arm64', reason: expect.stringContaining('macos-15 runs macOS 15') });
    expect(target('x-1.0-cp312-cp312-macosx_26_0_arm64.whl', resolveRunners({ 'macos-arm64': 'macos-26' }))).toMatchObject({ python: '3.12' });
    expect(target('x-1.0-cp27-cp27m-manylinux1_x86_64.whl')).toMatchObject({ reason: expect.stringContaining('UCS-2') });
    expect(target('x-1.0-cp27-cp27m-win_amd64.whl')).toMatchObject({ kind: 'windows-amd64', reason: expect.stringContaining('no Python 2.7') });
    expect(platformOf('macosx_11_0_universal2')).toMatchObject({ os: 'macos', arch: 'universal2' });
  });

  it('plans CPython 3 older than the hosted images offer in a container on Linux, and says why not elsewhere', () => {
    expect(target('x-1.0-cp37-cp37m-manylinux2014_x86_64.whl')).toMatchObject({ python: '3.7', setup: 'container', container: 'python:3.7-bullseye' });
    expect(target('x-1.0-cp38-cp38-manylinux2014_aarch64.whl')).toMatchObject({ python: '3.8', setup: 'container', container: 'python:3.8-bullseye' });
    expect(target('x-1.0-cp36-cp36m-manylinux_2_34_x86_64.whl')).toMatchObject({ reason: expect.stringContaining('needs glibc 2.34; its container (python:3.6-bullseye) has glibc 2.31') });
    expect(target('x-1.0-cp35-cp35m-manylinux1_x86_64.whl')).toMatchObject({ reason: expect.stringContaining('no hosted runner offers it') });
    expect(target('x-1.0-cp36-cp36m-macosx_11_0_arm64.whl')).toMatchObject({ kind: 'macos-arm64', reason: expect.stringContaining('no arm64 macOS build of it') });
    expect(target('x-1.0-cp38-cp38-macosx_11_0_arm64.whl')).toMatchObject({ python: '3.8', setup: 'setup-python' });
    // A label of your own: its Python is yours to provide.
    expect(target('x-1.0-cp37-cp37m-manylinux2014_x86_64.whl', resolveRunners({ 'linux-x86_64': 'self-hosted-py37' }))).toMatchObject({ python: '3.7', setup: 'setup-python' });
    const plan = planVerify(manifestOf('x-1.0-cp37-cp37m-manylinux2014_x86_64.whl', 'x-1.0-cp312-cp312-manylinux2014_x86_64.whl'));
    expect(plan.include.map((l) => [l.id, l.container ?? ''])).toEqual([['linux-x86_64-3.7-container', 'python:3.7-bullseye'], ['linux-x86_64-3.12', '']]);
  });

  it('plans two builds of one distribution for the same runner in two legs', () => {
    const plan = planVerify(manifestOf('x-1.0-cp312-cp312-manylinux2014_x86_64.whl', 'x-1.0-cp312-cp312-manylinux_2_28_x86_64.whl', 'y-1.0-cp312-cp312-manylinux2014_x86_64.whl'));
    expect(plan.include.map((l) => [l.id, l.wheels])).toEqual([
      ['linux-x86_64-3.12', ['x-1.0-cp312-cp312-manylinux2014_x86_64.whl', 'y-1.0-cp312-cp312-manylinux2014_x86_64.whl']],
      ['linux-x86_64-3.12-2', ['x-1.0-cp312-cp312-manylinux_2_28_x86_64.whl']],
    ]);
  });

  it('refuses a plan larger than a GitHub matrix can run', () => {
    const builds = (n: number) => manifestOf(...Array.from({ length: n }, (_, i) => `x-1.0-${i + 1}-cp312-cp312-manylinux2014_x86_64.whl`));
    expect(planVerify(builds(256)).include).toHaveLength(256);
    expect(() => planVerify(builds(257))).toThrow('The plan needs 257 legs; a GitHub Actions matrix runs at most 256.');
  });

  it('refuses runner overrides it cannot read', () => {
    expect(() => parseRunnerOverrides(['linux-sparc=box'], '--runner')).toThrow(/'linux-sparc=box' is not KIND=LABEL with KIND one of linux-x86_64/);
    expect(() => parseRunnerOverrides(['macos-arm64='], '--runner')).toThrow(/needs one or more runner labels/);
    expect(() => parseRunnerOverrides(['macos-arm64=a', 'macos-arm64=b'], 'runners')).toThrow('runners: macos-arm64 is given twice.');
  });
});
