/**
 * Coverage in the approval brief: every wheel of the manifest → the leg that
 * installed it → the result, on a Ray-shaped set planned by plan-verify, with
 * the legs' result files in the form verify-install writes.
 */
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { assessBrief, LEG_SCHEMA, parseLegFile, readLegResults, renderBrief, type BriefInput } from '../../../../src/commands/approval-brief/brief.js';
import { planVerify } from '../../../../src/commands/plan-verify/index.js';
import { RESULT_SCHEMA, parseVerifyResult, type VerifyResult } from '../../../../src/verification/leg-result.js';
import type { PlannedLeg } from '../../../../src/verification/plan.js';
import { OTHER_INSTALLABLE, rayManifest, sha256Of, UNVERIFIABLE, VERSION } from '../plan-verify/ray-set.js';

/** What verify-install writes for a leg of the plan that installed its wheels. */
function resultFor(leg: PlannedLeg, over: Partial<VerifyResult> = {}): VerifyResult {
  return {
    schema: RESULT_SCHEMA,
    schemaVersion: 1,
    result: 'passed',
    package: 'ray',
    version: VERSION,
    mode: 'exact-file',
    index: 'https://test.pypi.org/simple/',
    pin: true,
    os: 'Linux',
    arch: 'X64',
    leg: { id: leg.id, runsOn: String(leg['runs-on']), ...(leg.container ? { container: leg.container } : {}) },
    python: { requested: leg.python, version: `${leg.python}.4`, implementation: 'CPython', path: '/py', foundVia: 'PATH' },
    wheels: leg.wheels.map((filename) => ({ filename, sha256: sha256Of(filename) })),
    wheel: leg.wheels[0],
    installedVersion: VERSION,
    checks: [],
    startedAt: '2026-01-01T00:00:00Z',
    finishedAt: '2026-01-01T00:01:00Z',
    durationSeconds: 60,
    ...over,
  };
}

describe('coverage on a Ray-shaped release', () => {
  const manifest = rayManifest();
  const plan = planVerify(manifest);
  const legsOf = (results: VerifyResult[]) => results.map((r, i) => parseLegFile(JSON.parse(JSON.stringify(r)), `leg-${i}.json`));
  const input = (over: Partial<BriefInput>): BriefInput => ({ title: 'Approval brief', manifest, legs: [], index: 'testpypi', gate: 'pypi', plan, ...over });

  it('is ready when every planned leg passed: each wheel traced to its leg, the unverifiable ones shown with why', () => {
    const legs = legsOf(plan.include.map((l) => resultFor(l)));
    const verdict = assessBrief(input({ legs }));
    expect(verdict.problems).toEqual([]);
    expect(verdict.ready).toBe(true);
    expect(verdict.coverage.wheels).toHaveLength(50);
    expect(verdict.coverage.wheels.filter((w) => w.status === 'passed')).toHaveLength(45);
    expect(verdict.coverage.wheels.filter((w) => w.status === 'unverifiable').map((w) => w.wheel).sort()).toEqual(Object.values(UNVERIFIABLE).sort());
    const pure = verdict.coverage.wheels.find((w) => w.wheel === OTHER_INSTALLABLE.pure)!;
    expect(pure.installedBy.map((l) => l.leg)).toEqual(['linux-x86_64-3.12-2']);
    const md = renderBrief(input({ legs }));
    expect(md).toContain('### Coverage: 45 of 50 wheels installed by a passing leg, 5 not verifiable');
    expect(md).toContain(`| \`${OTHER_INSTALLABLE.cp27mu}\` | linux-x86_64-2.7-container (pinned) | ✅ installed |`);
    expect(md).toMatch(new RegExp(`\\| \`${UNVERIFIABLE.ios.replace(/\./g, '\\.')}\` \\| — \\| ➖ not verifiable: .*iOS wheel`));
    expect(md).toContain('together they installed every one of its 45 wheels that a runner can install (5 not verifiable, see Coverage)');
  });

  it('fails on a wheel nothing installed, naming it and its planned leg', () => {
    const missing = plan.include.find((l) => l.id === 'macos-arm64-2.7-conda')!;
    const legs = legsOf(plan.include.filter((l) => l !== missing).map((l) => resultFor(l)));
    const verdict = assessBrief(input({ legs }));
    expect(verdict.ready).toBe(false);
    expect(verdict.problems).toEqual([
      'The planned leg macos-arm64-2.7-conda (macOS arm64 · Python 2.7 (conda osx-64, under Rosetta)) reported no result.',
      `${OTHER_INSTALLABLE.cp27mac} was not installed by any leg (its planned leg macos-arm64-2.7-conda reported no result); it cannot be approved unverified.`,
    ]);
    expect(renderBrief(input({ legs }))).toContain(`| \`${OTHER_INSTALLABLE.cp27mac}\` | planned: macos-arm64-2.7-conda, no report | ❌ not installed |`);
  });

  it('fails on a wheel a leg skipped, on bytes other than the manifest\'s, and on wheels the plan does not know', () => {
    const [first, ...rest] = plan.include;
    const skipped = resultFor(first!, { wheels: [] });
    const otherBytes = resultFor(rest[0]!);
    otherBytes.wheels![0]!.sha256 = 'f'.repeat(64);
    const verdict = assessBrief(input({ legs: legsOf([skipped, otherBytes, ...rest.slice(1).map((l) => resultFor(l))]) }));
    expect(verdict.problems).toEqual([
      `${first!.id}: ubuntu-24.04 / Python 2.7 (pinned): passed but did not report which file it installed.`,
      `${rest[0]!.id}: ubuntu-24.04 / Python 3.9 (pinned) installed ${rest[0]!.wheels[0]} with sha256 ${'f'.repeat(64)}, but the manifest lists ${sha256Of(rest[0]!.wheels[0]!)}.`,
      `${first!.wheels[0]} was not installed by any leg (its planned leg ${first!.id} reported other wheels); it cannot be approved unverified.`,
      `${rest[0]!.wheels[0]} was not installed by any leg (its planned leg ${rest[0]!.id} reported other wheels); it cannot be approved unverified.`,
    ]);
    // A plan made for a set with a cp313 wheel: that wheel is unknown here, and the pure wheel went to 3.13 there.
    const stale = planVerify(rayManifest([`ray-${VERSION}-cp313-cp313-win_amd64.whl`]));
    expect(assessBrief(input({ plan: stale, legs: legsOf(plan.include.map((l) => resultFor(l))) })).problems).toEqual([
      `The plan's leg windows-amd64-3.13 installs ray-${VERSION}-cp313-cp313-win_amd64.whl, which the manifest does not list: the plan was made for another set.`,
      `linux-x86_64-3.12-2: ubuntu-24.04 / Python 3.12 (pinned) reports installing ${OTHER_INSTALLABLE.pure}, which the plan gives to the leg linux-x86_64-3.13: the results do not match the plan.`,
      'The planned leg linux-x86_64-3.13 (Linux x86_64 · Python 3.13) reported no result.',
      'The planned leg windows-amd64-3.13 (Windows x86_64 · Python 3.13) reported no result.',
      'A result names the leg linux-x86_64-3.12-2, which the plan does not have: the result is from another run or plan.',
      `${OTHER_INSTALLABLE.pure} was not installed by any leg (its planned leg linux-x86_64-3.13 reported no result); it cannot be approved unverified.`,
    ]);
  });

  it('counts the wheels of legs declared to run elsewhere as planned, not missing; every other leg must still report', () => {
    const macos = plan.include.filter((l) => String(l['runs-on']).startsWith('macos'));
    expect(macos.length).toBeGreaterThan(0);
    const ran = plan.include.filter((l) => !macos.includes(l));
    const elsewhere = { ...plan, elsewhere: macos.map((l) => l.id) };
    const verdict = assessBrief(input({ legs: legsOf(ran.map((l) => resultFor(l))), plan: elsewhere }));
    expect(verdict.problems).toEqual([]);
    const planned = verdict.coverage.wheels.filter((w) => w.status === 'planned');
    expect(planned.map((w) => w.wheel).sort()).toEqual(macos.flatMap((l) => l.wheels).sort());
    expect(renderBrief(input({ legs: legsOf(ran.map((l) => resultFor(l))), plan: elsewhere }))).toContain(`, ${planned.length} planned for legs that run elsewhere`);
    // Without the declaration the same results leave those wheels uninstalled: a problem each, and a missing leg each.
    const strict = assessBrief(input({ legs: legsOf(ran.map((l) => resultFor(l))) }));
    expect(strict.ready).toBe(false);
    expect(strict.coverage.wheels.filter((w) => w.status === 'not-installed')).toHaveLength(planned.length);
    // A leg declared elsewhere that the plan does not have is a problem.
    expect(assessBrief(input({ legs: legsOf(plan.include.map((l) => resultFor(l))), plan: { ...plan, elsewhere: ['nowhere-3.12'] } })).problems)
      .toEqual(['The leg nowhere-3.12 is declared to run elsewhere, but the plan does not have it.']);
  });

  describe('takes no result at its word', () => {
    const all = () => plan.include.map((l) => resultFor(l));
    const problemsWith = (change: (results: VerifyResult[]) => VerifyResult[], over: Partial<BriefInput> = {}) =>
      assessBrief(input({ legs: legsOf(change(all())), ...over })).problems;
    const [first, second] = plan.include;

    it('a wheel reported without the sha256 of the bytes installed is not installed', () => {
      const problems = problemsWith((rs) => [{ ...rs[0]!, wheels: undefined, wheelSha256: undefined }, ...rs.slice(1)]);
      expect(problems).toEqual([
        `${first!.id}: ubuntu-24.04 / Python 2.7 (pinned) reported installing ${first!.wheels[0]} without the sha256 of the bytes it installed, so nothing shows they were the manifest's (verify-install's result file records it).`,
        `${first!.wheels[0]} was not installed by any leg (its planned leg ${first!.id} reported other wheels); it cannot be approved unverified.`,
      ]);
    });

    it('"passed" with a failed check or an error in it is a failure', () => {
      expect(problemsWith((rs) => [{ ...rs[0]!, checks: [{ name: 'import', ok: true, detail: '' }, { name: 'ray.__commit__', ok: false, detail: 'other' }] }, ...rs.slice(1)])[0])
        .toBe(`${first!.id}: ubuntu-24.04 / Python 2.7 (pinned): failure (the file says passed, but its check "ray.__commit__" failed).`);
      expect(problemsWith((rs) => [{ ...rs[0]!, error: 'pip failed' }, ...rs.slice(1)])[0])
        .toBe(`${first!.id}: ubuntu-24.04 / Python 2.7 (pinned): failure (the file says passed, but records an error: pip failed).`);
    });

    it('a result of another version or index is from another release', () => {
      expect(problemsWith((rs) => [{ ...rs[0]!, version: '0.9', installedVersion: '0.9' }, ...rs.slice(1)])).toEqual([
        `${first!.id}: ubuntu-24.04 / Python 2.7 (pinned): its verified version is 0.9, not ${VERSION}: the result is from another release.`,
        `${first!.id}: ubuntu-24.04 / Python 2.7 (pinned): its installed version is 0.9, not ${VERSION}: the result is from another release.`,
      ]);
      // PEP 440 equality: 2.9.0 is 2.9.
      expect(problemsWith((rs) => [{ ...rs[0]!, installedVersion: '2.9' }, ...rs.slice(1)])).toEqual([]);
      expect(problemsWith((rs) => [{ ...rs[0]!, index: 'https://pypi.org/simple/' }, ...rs.slice(1)]))
        .toEqual([`${first!.id}: ubuntu-24.04 / Python 2.7 (pinned): installed from PyPI, but this brief is about TestPyPI.`]);
    });

    it("a leg that claims another leg's wheels, or names no leg, does not count", () => {
      const swapped = problemsWith((rs) => [
        { ...rs[0]!, wheels: rs[1]!.wheels },
        { ...rs[1]!, wheels: rs[0]!.wheels },
        ...rs.slice(2),
      ]);
      const claims = (by: PlannedLeg, label: string, of: PlannedLeg) =>
        of.wheels.map((w) => `${by.id}: ubuntu-24.04 / Python ${label} (pinned) reports installing ${w}, which the plan gives to the leg ${of.id}: the results do not match the plan.`);
      const missing = [...first!.wheels, ...second!.wheels].map((w) => {
        const owner = first!.wheels.includes(w) ? first! : second!;
        return `${w} was not installed by any leg (its planned leg ${owner.id} reported other wheels); it cannot be approved unverified.`;
      });
      expect([...swapped].sort()).toEqual([...claims(first!, '2.7', second!), ...claims(second!, '3.9', first!), ...missing].sort());
      expect(problemsWith((rs) => [...rs, { ...rs[0]!, leg: undefined, pin: false }]))
        .toEqual(['Linux X64 / Python 2.7 (unpinned) names no planned leg, so it cannot be matched to the plan: the result is from another run or pipeline.']);
    });

    it('a plan that installs nothing, or gives a wheel a leg and declares it unverifiable, cannot be approved', () => {
      const wheels = manifest.files.filter((f) => f.filename.endsWith('.whl')).map((f) => f.filename);
      const nothing = assessBrief(input({ legs: [], plan: { include: [], unverifiable: wheels.map((wheel) => ({ wheel, reason: 'no runner' })) } }));
      expect(nothing.problems).toEqual([`None of the ${wheels.length} wheels was installed by a passing leg: nothing of this set was shown to install.`]);
      expect(problemsWith((rs) => rs, { plan: { ...plan, unverifiable: [...plan.unverifiable, { wheel: first!.wheels[0]!, reason: 'x' }] } }))
        .toEqual([`The plan gives ${first!.wheels[0]} to the leg ${first!.id} and also declares it not verifiable: the plan contradicts itself.`]);
    });

    it("shows a result's text without its markup: no link, image or bold claim reaches the approver", () => {
      const hostile = '![t](https://evil.example/t.png) [Approve](https://evil.example) **all verified**';
      const legs = legsOf(all().map((r, i) => (i === 0 ? { ...r, leg: { ...r.leg!, runsOn: hostile }, wheels: [{ filename: `${hostile}.whl`, sha256: 'a'.repeat(64) }] } : r)));
      const md = renderBrief(input({ legs }));
      // Inside code spans it is inert text; everywhere else it is escaped.
      const outsideCode = md.replace(/`[^`]*`/g, '');
      for (const markup of ['[Approve](', '![t](', '**all verified**']) expect(outsideCode).not.toContain(markup);
      expect(md).toContain('| !\\[t\\](https://evil.example/t.png) \\[Approve\\](https://evil.example) \\*\\*all verified\\*\\* in `python:2.7.18-buster` |');
      expect(md).toContain('- linux-x86_64-2.7-container: !\\[t\\](https://evil.example/t.png) \\[Approve\\](https://evil.example) \\*\\*all verified\\*\\* / Python 2.7');
    });
  });

  it('without a plan, needs every wheel installed: none is declared unverifiable', () => {
    const verdict = assessBrief(input({ plan: undefined, legs: legsOf(plan.include.map((l) => resultFor(l))) }));
    expect(verdict.problems).toEqual(Object.values(UNVERIFIABLE).sort().map((w) => `${w} was not installed by any leg (no leg reported installing it); it cannot be approved unverified.`));
  });
});

describe('leg result files', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'legs-'));
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('reads both forms from one directory tree: verify-install results and recorded legs', async () => {
    const wheel = `ray-${VERSION}-cp312-cp312-win_amd64.whl`;
    await mkdir(join(dir, 'a'), { recursive: true });
    const leg: PlannedLeg = { id: 'windows-amd64-3.12', name: 'w', 'runs-on': 'windows-2025', python: '3.12', 'python-setup': 'setup-python', wheels: [wheel], packages: ['ray'] };
    await writeFile(join(dir, 'a', 'verify-install-result.json'), JSON.stringify(resultFor(leg)));
    await writeFile(join(dir, 'recorded.json'), JSON.stringify({ schema: LEG_SCHEMA, schemaVersion: 1, index: 'testpypi', os: 'macos-15', python: '2.7', outcome: 'success', wheel: 'x.whl', leg: 'macos-arm64-2.7-conda' }));
    const legs = await readLegResults(dir);
    expect(legs).toEqual([
      expect.objectContaining({ index: 'testpypi', os: 'windows-2025', python: '3.12', mode: 'pinned', outcome: 'success', leg: 'windows-amd64-3.12', wheel, wheels: [{ filename: wheel, sha256: sha256Of(wheel) }], pythonVersion: '3.12.4' }),
      expect.objectContaining({ os: 'macos-15', leg: 'macos-arm64-2.7-conda', wheel: 'x.whl' }),
    ]);
  });

  it('reads a result written before `wheels` and `leg` as one installed wheel', () => {
    const old = { ...resultFor({ id: 'x', name: 'x', 'runs-on': 'r', python: '3.12', 'python-setup': 'setup-python', wheels: ['a-1-py3-none-any.whl'], packages: [] }), wheels: undefined, leg: undefined, wheelSha256: 'A'.repeat(64), index: 'https://pypi.org/simple/', pin: false, result: 'failed' as const };
    expect(parseLegFile(JSON.parse(JSON.stringify(old)), 'old.json')).toMatchObject({ index: 'pypi', os: 'Linux X64', mode: 'unpinned', outcome: 'failure', wheels: [{ filename: 'a-1-py3-none-any.whl', sha256: 'A'.repeat(64) }] });
  });

  it.each([
    [{ schema: 'other' }, /is not a verify result: "schema" is "other", expected "python-release-actions\/verify-install-result"/],
    [{ schema: RESULT_SCHEMA, schemaVersion: 2 }, /"schemaVersion" is 2; this release reads 1/],
    [{ ...resultFor({ id: 'x', name: 'x', 'runs-on': 'r', python: '3', 'python-setup': 'setup-python', wheels: ['a.whl'], packages: [] }), wheels: [{ filename: 'a.whl', sha256: 'nope' }] }, /wheels\[0\] must have a filename and a sha256 of 64 hex digits/],
    [{ ...resultFor({ id: 'x', name: 'x', 'runs-on': 'r', python: '3', 'python-setup': 'setup-python', wheels: ['a.whl'], packages: [] }), leg: { id: '' } }, /"leg" must have an "id"/],
  ])('refuses %j', (data, message) => {
    expect(() => parseLegFile(data, 'leg.json')).toThrow(message);
  });

  it('keeps the checks it does not need as they are', () => {
    const r = resultFor({ id: 'x', name: 'x', 'runs-on': 'r', python: '3', 'python-setup': 'setup-python', wheels: ['a.whl'], packages: [] }, { checks: [{ name: 'import', ok: true, detail: 'ray' }] });
    expect(parseVerifyResult(JSON.parse(JSON.stringify(r)), 'r.json').checks).toEqual([{ name: 'import', ok: true, detail: 'ray' }]);
  });
});

describe('a failed leg in the brief', () => {
  it('says why it failed, in the first line of its error', () => {
    const manifest = rayManifest();
    const plan = planVerify(manifest);
    const leg = plan.include[0]!;
    const failed = parseLegFile(JSON.parse(JSON.stringify(resultFor(leg, { result: 'failed', wheels: [], error: 'ray 2.9.0 failed verification: import ray: ImportError\nTraceback…' }))), 'f.json');
    const verdict = assessBrief({ title: 't', manifest, legs: [failed], index: 'testpypi', plan: { include: [leg] } });
    expect(verdict.problems[0]).toBe(`${leg.id}: ubuntu-24.04 / Python 2.7 (pinned): failure (ray 2.9.0 failed verification: import ray: ImportError).`);
  });
});
