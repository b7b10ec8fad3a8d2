/**
 * `pyrelease rehearse` end to end, as a user runs it (dist/pyrelease/index.js
 * as a child process, no terminal): the real git, the real interpreters under
 * pyenv, real pip, two embedded indexes on loopback. Each run's work
 * directory goes under a private TMPDIR that is removed afterwards.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { parseAttestation, statementOf } from '../../../src/attestations/pep740.js';
import { verifyAttestation } from '../../../src/attestations/verify.js';
import { REPO_ROOT, runCli, type CliRun } from '../../support/runner.js';
import { spawnServeIndex } from '../../support/serve-index-process.js';
import { availablePythons, itIf, pythonPath, which } from '../../support/tools.js';
import { makeWheel } from '../../support/wheels.js';

interface Step { id: string; title: string; status: string; seconds: number | null; detail: string; error?: string }
interface Install { distribution: string; wheel: string | null; installedVersion: string | null; moduleCommit: string | null; moduleFile: string | null }
interface Leg { index: string; id: string; python: string; mode: string; status: string; pythonVersion: string | null; wheels: string[]; resultFile: string | null; provenance: string | null; installs: Install[] }
interface WheelEntry { filename: string; distribution: string; leg: string; result: string; inSet: boolean }
interface Outcome {
  schema: string;
  result: string;
  exitCode: number;
  project: string;
  distributions: string[];
  previousVersion: string;
  version: string;
  commit: string;
  versionFiles: string[] | null;
  steps: Step[];
  legs: Leg[];
  wheels: WheelEntry[];
  plannedLegs: { 'runs-on': string; python: string; wheels: string[] }[];
  indexes: { name: string; url: string; dir: string; files: string[] }[];
  manifest: { files: { filename: string; sha256: string; size: number }[] } | null;
  reportPath: string;
  reportJsonPath: string;
  workDir: string;
  kept: boolean;
}

let tmp: string;
beforeAll(async () => {
  tmp = await mkdtemp(join(tmpdir(), 'rehearse-it-'));
});
afterAll(async () => {
  await rm(tmp, { recursive: true, force: true });
});

const have27 = pythonPath('2.7') !== undefined;
const have3 = pythonPath('3.x') !== undefined;

async function rehearse(args: string[], timeoutMs = 200_000): Promise<CliRun> {
  return runCli(['rehearse', ...args], { env: { TMPDIR: tmp }, cwd: tmp, timeoutMs });
}

function outcomeOf(run: CliRun): Outcome {
  try {
    return JSON.parse(run.stdout) as Outcome;
  } catch {
    throw new Error(`rehearse did not print JSON (exit ${run.code}).\nstdout:\n${run.stdout}\nstderr:\n${run.stderr}`);
  }
}

/**
 * Runs `node dist/pyrelease/index.js ARGS` on a pseudo-terminal, answers "y" to
 * the approval question, and prints everything the terminal showed.
 */
const PTY_DRIVER = `import os, pty, select, sys
argv = [${JSON.stringify(process.execPath)}, ${JSON.stringify(join(REPO_ROOT, 'dist', 'pyrelease', 'index.js'))}] + sys.argv[1:]
pid, fd = pty.fork()
if pid == 0:
    os.execv(argv[0], argv)
out = b""
answered = False
while True:
    try:
        ready, _, _ = select.select([fd], [], [], 90)
        if not ready:
            break
        data = os.read(fd, 65536)
    except OSError:
        break
    if not data:
        break
    out += data
    if not answered and b"[y/N]" in out:
        os.write(fd, b"y\\r")
        answered = True
_, status = os.waitpid(pid, 0)
sys.stdout.write(out.decode("utf-8", "replace"))
sys.exit(os.WEXITSTATUS(status) if os.WIFEXITED(status) else 1)
`;

const statusOf = (o: Outcome, id: string) => o.steps.find((s) => s.id === id)?.status;

/** The files the PyPI stand-in stored, from its state on disk (needs --keep). */
function pypiStoredFiles(workDir: string): string[] {
  const state = join(workDir, 'indexes', 'pypi', 'state.json');
  const stored = existsSync(state) ? (JSON.parse(readFileSync(state, 'utf8')) as { files: { filename: string }[] }).files.map((f) => f.filename) : [];
  const blobs = existsSync(join(workDir, 'indexes', 'pypi', 'files')) ? readdirSync(join(workDir, 'indexes', 'pypi', 'files'), { recursive: true }) : [];
  return [...stored, ...blobs.map(String).filter((f) => /\.(whl|tar\.gz)$/.test(f))];
}

const DISTRIBUTIONS = ['pyrelease-demo', 'pyrelease-demo-cpp'];
const gccAndReadelf = which('gcc') !== undefined && which('readelf') !== undefined;
const canBuild = have3 && gccAndReadelf && process.platform === 'linux';
const BUILD_NEEDS = 'needs a Python 3.x under pyenv, gcc and readelf on Linux';

/** cp27mu or cp27m: what this machine's 2.7 is, asked of the interpreter itself. */
function abiOf27(): string {
  const wide = execFileSync(pythonPath('2.7')!, ['-c', 'import sys; print(sys.maxunicode > 0xffff)'], { encoding: 'utf8' }).trim();
  return wide === 'True' ? 'cp27mu' : 'cp27m';
}

describe('pyrelease rehearse', () => {
  itIf(canBuild && have27, `${BUILD_NEEDS}, and Python 2.7`)('releases the example end to end: native wheels of two distributions for every local interpreter, each installed and run on its interpreter, report.json with every wheel', async () => {
    const run = await rehearse(['--yes', '--json'], 900_000);
    const o = outcomeOf(run);
    expect({ code: run.code, result: o.result, failed: o.steps.filter((s) => s.status !== 'passed') }).toEqual({ code: 0, result: 'passed', failed: [] });
    expect([o.distributions, o.previousVersion, o.version]).toEqual([DISTRIBUTIONS, '0.1.0', '0.1.1']);
    expect(o.commit).toMatch(/^[0-9a-f]{40}$/);
    expect(o.versionFiles).toEqual(['pyproject.toml', 'pyrelease_demo/__init__.py', 'cpp/pyproject.toml', 'cpp/pyrelease_demo_cpp/__init__.py']);

    // Every interpreter of the machine is a leg: 2.7 and each 3.x minor under pyenv (PATH may add one).
    const pinned = o.legs.filter((l) => l.index === 'testpypi');
    const labels = pinned.map((l) => l.python);
    expect(new Set(labels).size).toBe(labels.length);
    for (const p of availablePythons()) expect(labels).toContain(p.version);
    expect(o.steps.map((s) => s.id)).toEqual([
      'pythons', 'copy', 'bump', 'build', 'fetch', 'plan', 'indexes', 'publish-testpypi',
      ...pinned.map((_l, i) => `verify-testpypi-${i}`),
      'brief', 'gate', 'publish-pypi',
      // The same legs again on PyPI, pip install -U of their wheels, as the workflow's verify-pypi matrix.
      ...pinned.map((_l, i) => `verify-pypi-${i}`),
    ]);
    // The legs are plan-verify's Linux x86_64 legs (2.7's is the container leg), each run on its interpreter.
    // 2.7 and 3.6-3.8 are older than the hosted images' setup-python: containers (plan-verify).
    const inContainer = (python: string) => python === '2.7' || ['3.6', '3.7', '3.8'].includes(python);
    expect(pinned.map((l) => l.id)).toEqual(pinned.map((l) => `linux-x86_64-${l.python}${inContainer(l.python) ? '-container' : ''}`));

    // Each leg installed its own wheel of both distributions, built from the bump commit for its interpreter's ABI.
    const wheels = o.manifest!.files.map((f) => f.filename).filter((f) => f.endsWith('.whl'));
    expect(wheels).toHaveLength(2 * pinned.length);
    for (const leg of o.legs) {
      expect(`${leg.index} ${leg.python}: ${leg.status}`).toBe(`${leg.index} ${leg.python}: passed`);
      const [major, minor] = leg.pythonVersion!.split('.');
      const abi = major === '2' ? abiOf27() : undefined;
      expect(leg.installs.map((i) => i.distribution)).toEqual(DISTRIBUTIONS);
      // Each leg wrote its result file, as the action does; the brief read those.
      expect(leg.resultFile).toBe(join(o.workDir, 'results', leg.index, `verify-install-${leg.id}-${leg.mode}.json`));
      expect(leg.installs.map((i) => i.wheel)).toEqual(leg.wheels);
      for (const i of leg.installs) {
        expect(i).toMatchObject({ installedVersion: '0.1.1', moduleCommit: o.commit });
        expect(i.wheel).toMatch(new RegExp(`^${i.distribution.replace(/-/g, '_')}-0\\.1\\.1-cp${major}${minor}-${abi ?? `cp${major}${minor}m?`}-manylinux_\\d+_\\d+_x86_64`));
      }
    }
    expect(new Set(pinned.flatMap((l) => l.installs.map((i) => i.wheel))).size).toBe(wheels.length);

    // Every wheel installed was attested once, for TestPyPI, and the same attestations went to PyPI; every leg verified them.
    expect(o.legs.map((l) => `${l.index} ${l.id}: ${l.provenance}`)).toEqual(o.legs.map((l) => `${l.index} ${l.id}: verified`));
    expect(o.steps.find((s) => s.id === 'publish-testpypi')!.detail).toContain("20 with a PEP 740 attestation for rehearsal/pyrelease-demo's release.yml");
    const publishLog = readFileSync(join(o.workDir, 'rehearsal.log'), 'utf8');
    expect(publishLog).toMatch(/^\[publish-testpypi\] info: Attestations: signing 20 files with Sigstore/m);
    expect(publishLog).toMatch(/^\[publish-pypi\] info: Attestations: reusing 20 existing publish attestations/m);

    // The smoke tests called into each extension on each leg (their output is in the log).
    const log = readFileSync(join(o.workDir, 'rehearsal.log'), 'utf8');
    const legsThat = (line: RegExp) => new Set([...log.matchAll(new RegExp(`^\\[(?<step>verify-[a-z]+-\\d+)\\] info: ok {6}${line.source}$`, 'gm'))].map((m) => m.groups!.step)).size;
    expect(legsThat(/pyrelease_demo\._native\.add\(2, 3\) == 5/)).toBe(o.legs.length);
    expect(legsThat(/the extension was compiled against this interpreter's headers \((?<headers>\d+\.\d+\.\d+) == \k<headers>\)/)).toBe(o.legs.length);
    expect(legsThat(/pyrelease_demo_cpp\.multiply\(6, 7\) == 42/)).toBe(o.legs.length);

    // report.json beside report.md: the distributions, every wheel with its leg and result, the legs planned for hosted runners.
    expect(o.reportJsonPath).toBe(join(dirname(o.reportPath), 'report.json'));
    const json = JSON.parse(readFileSync(o.reportJsonPath, 'utf8')) as Outcome;
    expect(json.distributions).toEqual(DISTRIBUTIONS);
    const built = json.wheels.filter((w) => w.inSet);
    expect(built.map((w) => w.filename).sort()).toEqual([...wheels].sort());
    for (const w of built) {
      const leg = pinned.find((l) => l.installs.some((i) => i.wheel === w.filename))!;
      expect([w.result, w.leg]).toEqual(['passed', expect.stringContaining(`CPython ${leg.pythonVersion}`)]);
    }
    const planned = json.wheels.filter((w) => !w.inSet);
    expect(planned.map((w) => [w.result, w.leg.split(' · ')[0]])).toEqual(expect.arrayContaining([['planned', 'macos-15'], ['planned', 'windows-2025'], ['planned', 'ubuntu-24.04-arm']]));
    expect(planned).toHaveLength(6);
    expect(run.stderr).not.toContain('PyPI refuses linux_* wheels');

    // Both stand-ins hold exactly the manifest's files: 18 wheels and 2 sdists for 9 interpreters.
    const names = o.manifest!.files.map((f) => f.filename).sort();
    expect(names.filter((f) => f.endsWith('.tar.gz'))).toEqual(['pyrelease_demo-0.1.1.tar.gz', 'pyrelease_demo_cpp-0.1.1.tar.gz']);
    expect(o.indexes.map((i) => i.name)).toEqual(['testpypi', 'pypi']);
    for (const index of o.indexes) expect([...index.files].sort()).toEqual(names);

    // The report: the steps, every wheel, the manifest with full digests, the verify matrix of both indexes.
    const report = readFileSync(o.reportPath, 'utf8');
    expect(report).toMatch(/^# Release rehearsal: pyrelease-demo \+ pyrelease-demo-cpp 0\.1\.0 → 0\.1\.1: ✅ every step passed/);
    expect(report).toContain('## Wheels');
    for (const f of o.manifest!.files) expect(report).toContain(`\`${f.sha256}\``);
    expect(report).toContain(`**✅ All ${pinned.length} install checks against TestPyPI stand-in passed**, each installing files named in the manifest below; together they installed every one of its ${wheels.length} wheels.`);
    expect(report).toContain('## Released: 0.1.1');
    expect(report).toContain(`**✅ All ${pinned.length} install checks against PyPI stand-in passed**`);

    // The work files are gone; the reports and the log stay.
    expect(o.kept).toBe(false);
    expect(readdirSync(o.workDir).sort()).toEqual(['rehearsal.log', 'report.json', 'report.md']);

    // The minted upload tokens (pypi- and base64url) and the OIDC tokens (JWTs) appear nowhere a person or a log would see.
    for (const text of [run.stdout, run.stderr, report, readFileSync(o.reportJsonPath, 'utf8'), log]) {
      expect(text).not.toMatch(/pypi-[A-Za-z0-9_-]{32}/);
      expect(text).not.toMatch(/eyJ[A-Za-z0-9_-]{10,}\.eyJ[A-Za-z0-9_-]{10,}\./);
    }
  }, 900_000);

  itIf(canBuild, BUILD_NEEDS)('refuses at the gate without a terminal and without --yes: exit 3, TestPyPI verified, the PyPI stand-in untouched; --keep keeps the work directory and report.json, and says where', async () => {
    const run = await rehearse(['--python', '3.x', '--keep']);
    expect(run.code).toBe(3);
    expect(run.stderr).toContain('No terminal and no --yes: the rehearsal will stop at the approval gate');
    expect(run.stdout).toMatch(/approval gate \(pypi\)\s+REFUSED\s+[\d.]+ s\s+refused: no terminal to ask on and no --yes/);
    expect(run.stdout).toMatch(/publish to pypi\s+not run/);
    expect(run.stdout).toMatch(/verify testpypi · 3\.\d+ pinned\s+passed\s+[\d.]+ s\s+linux-x86_64-3\.\d+ on CPython/);
    expect(run.stdout).toMatch(/approval brief \(require pass\)\s+passed/);
    expect(run.stdout).toContain('Rehearsal stopped at the approval gate: nothing was uploaded to the PyPI stand-in.');

    const reportPath = /^Report: (.+)$/m.exec(run.stdout)![1]!;
    const report = readFileSync(reportPath, 'utf8');
    expect(report).toMatch(/\| approval gate \(pypi\) \| ⛔ refused \|/);
    expect(report).toMatch(/\| publish to pypi \| — not run \|/);
    expect(report).toContain('## Approval brief: 0.1.1');
    expect(report).not.toContain('## Released');

    const workDir = /^The work directory is kept: (.+)$/m.exec(run.stdout)![1]!;
    expect(pypiStoredFiles(workDir)).toEqual([]);
    expect(readdirSync(workDir)).toEqual(expect.arrayContaining(['built', 'dist', 'project', 'report.json', 'report.md', 'rehearsal.log']));
    const jsonPath = /^JSON: +(.+)$/m.exec(run.stdout)![1]!;
    expect(jsonPath).toBe(join(workDir, 'report.json'));
    const json = JSON.parse(readFileSync(jsonPath, 'utf8')) as Outcome;
    expect(json.result).toBe('not-approved');
    // The one 3.x leg installed its two wheels; the wheels built elsewhere are planned.
    expect(json.wheels.filter((w) => w.inSet).map((w) => w.result)).toEqual(['passed', 'passed']);
    expect(json.wheels.filter((w) => !w.inSet).every((w) => w.result === 'planned')).toBe(true);
    expect(run.stdout).toMatch(/^Planned for hosted runners, not run here \(6 wheels\):$/m);

    // Each index's state directory is kept and named; serve-index serves it again, provenance included.
    const dirs = json.indexes.map((i) => [i.name, i.dir]);
    expect(dirs).toEqual([['testpypi', join(workDir, 'indexes', 'testpypi')], ['pypi', join(workDir, 'indexes', 'pypi')]]);
    for (const [name, dir] of dirs) expect(run.stdout).toContain(`Index ${name}: ${dir} (serve it again: pyrelease serve-index --dir ${dir})`);
    const served = await spawnServeIndex(['--dir', json.indexes[0]!.dir]);
    try {
      const wheel = json.manifest!.files.find((f) => f.filename.endsWith('.whl'))!;
      const page = await fetch(new URL('simple/pyrelease-demo/', served.url), { headers: { Accept: 'application/vnd.pypi.simple.v1+json' } });
      const listed = ((await page.json()) as { files: { filename: string; provenance?: string }[] }).files.find((f) => f.filename === wheel.filename);
      expect(listed?.provenance).toBe(new URL(`integrity/pyrelease-demo/0.1.1/${wheel.filename}/provenance`, served.url).href);
      const res = await fetch(listed!.provenance!);
      expect(res.status).toBe(200);
      const body = (await res.json()) as { attestation_bundles: { publisher: unknown; attestations: unknown[] }[] };
      expect(body.attestation_bundles).toHaveLength(1);
      expect(body.attestation_bundles[0]!.publisher).toMatchObject({ kind: 'GitHub', repository: 'rehearsal/pyrelease-demo', workflow: 'release.yml' });
      const attestation = parseAttestation(body.attestation_bundles[0]!.attestations[0]);
      expect(statementOf(attestation)).toMatchObject({ subject: [{ name: wheel.filename, digest: { sha256: wheel.sha256 } }] });
      // The Sigstore stand-in stopped with the rehearsal; the trust root it kept still verifies what it signed.
      const trustedRoot = JSON.parse(readFileSync(join(workDir, 'sigstore-trusted-root.json'), 'utf8'));
      const verified = verifyAttestation(attestation, { filename: wheel.filename, sha256: wheel.sha256 }, { trustedRoot });
      expect(verified.claims.buildConfigUri).toBe('https://github.com/rehearsal/pyrelease-demo/.github/workflows/release.yml@refs/heads/release/v0.1.1');
    } finally {
      await served.close();
    }
  });

  itIf(have3, 'needs a Python 3.x under pyenv')('fails at fetch-wheels on a broken wheel from --wheels, before any index is started', async () => {
    const wheels = join(tmp, 'broken-wheels');
    await makeWheel(wheels, { name: 'pyrelease-demo', version: '0.2.0', tags: 'py2.py3-none-any', broken: 'no-record' });
    const run = await rehearse(['--wheels', wheels, '--version', '0.2.0', '--yes', '--json', '--python', '3.x']);
    const o = outcomeOf(run);
    expect(run.code).toBe(1);
    expect(o.result).toBe('failed');
    expect(o.steps.map((s) => [s.id, s.status])).toEqual([
      ['pythons', 'passed'], ['copy', 'passed'], ['bump', 'passed'], ['fetch', 'failed'], ['plan', 'not-run'], ['indexes', 'not-run'],
      ['publish-testpypi', 'not-run'], ['brief', 'not-run'], ['gate', 'not-run'], ['publish-pypi', 'not-run'],
    ]);
    expect(o.steps.find((s) => s.id === 'fetch')!.error).toMatch(/fails preflight[\s\S]*RECORD/);
    expect(o.indexes).toEqual([]);
    expect(o.kept).toBe(true);
    const report = readFileSync(o.reportPath, 'utf8');
    expect(report).toContain('## Failed at: fetch-wheels (--wheels)');
    expect(report).toMatch(/Not run: .*publish to pypi/);
  });

  itIf(have3, 'needs a Python 3.x under pyenv')('fails on TestPyPI when a wheel passes preflight but does not install as the version under test; the PyPI stand-in stays empty', async () => {
    const wheels = join(tmp, 'wrong-version-attr');
    // Correct archive, wrong __version__ inside: only installing and importing it shows the defect.
    await makeWheel(wheels, { name: 'pyrelease-demo', version: '0.3.0', tags: 'py2.py3-none-any', versionAttr: '0.0.0' });
    const run = await rehearse(['--wheels', wheels, '--yes', '--json', '--keep', '--python', '3.x']);
    const o = outcomeOf(run);
    expect(run.code).toBe(1);
    expect(o.version).toBe('0.3.0'); // taken from the wheels, as no --bump/--version was given
    expect(statusOf(o, 'publish-testpypi')).toBe('passed');
    expect(statusOf(o, 'verify-testpypi-0')).toBe('failed');
    expect(o.steps.find((s) => s.id === 'verify-testpypi-0')!.error).toMatch(/__version__ is "0\.0\.0", but 0\.3\.0 was expected/);
    expect([statusOf(o, 'brief'), statusOf(o, 'gate'), statusOf(o, 'publish-pypi'), statusOf(o, 'verify-pypi-0')]).toEqual(['not-run', 'not-run', 'not-run', 'not-run']);
    expect(o.indexes.map((i) => [i.name, i.files])).toEqual([['testpypi', ['pyrelease_demo-0.3.0-py2.py3-none-any.whl']], ['pypi', []]]);
    expect(pypiStoredFiles(o.workDir)).toEqual([]);
    const report = readFileSync(o.reportPath, 'utf8');
    expect(report).toMatch(/## Approval brief: pyrelease-demo 0\.3\.0\n\n\*\*❌ Not ready/);
  });

  itIf(canBuild, BUILD_NEEDS)('asks on a terminal: shows the approval brief, and "y" approves the upload to pypi', async () => {
    // runCli starts the driver with Python; the driver runs pyrelease on a pseudo-terminal and types the answer.
    const driver = join(tmp, 'pty_answer.py');
    await writeFile(driver, PTY_DRIVER);
    const run = await runCli(['rehearse', '--python', '3.x', '--report', join(tmp, 'tty-report.md')], {
      env: { TMPDIR: tmp },
      cwd: tmp,
      script: driver,
      node: pythonPath('3.x')!,
      timeoutMs: 200_000,
    });
    expect(run.code).toBe(0);
    const shown = run.stdout;
    const brief = shown.indexOf('## Approval brief: 0.1.1');
    const question = shown.indexOf('Approve the upload of these 4 files to the PyPI stand-in');
    expect(brief).toBeGreaterThan(-1);
    expect(question).toBeGreaterThan(brief);
    expect(shown).toMatch(/approval gate \(pypi\)\s+passed\s+[\d.]+ s\s+approved at the prompt/);
    expect(shown).toMatch(/verify pypi · 3\.\d+ -U\s+passed/);
    expect(readFileSync(join(tmp, 'tty-report.md'), 'utf8')).toContain('## Released: 0.1.1');
    expect(JSON.parse(readFileSync(join(tmp, 'tty-report.json'), 'utf8'))).toMatchObject({ result: 'passed', distributions: DISTRIBUTIONS });
  });

  it('refuses bad usage with exit 2 before making a work directory', async () => {
    const own = await mkdtemp(join(tmp, 'usage-'));
    const usage = (args: string[]) => runCli(['rehearse', ...args], { env: { TMPDIR: own }, cwd: own });
    const run = await usage(['--bump', 'sideways']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('--bump: unknown part "sideways"');
    const both = await usage(['--bump', 'patch', '--version', '1.0']);
    expect(both.code).toBe(2);
    expect(both.stderr).toContain('give --bump or --version, not both');
    expect((await usage(['--python', ','])).code).toBe(2);
    expect(readdirSync(own)).toEqual([]);
  });
});
