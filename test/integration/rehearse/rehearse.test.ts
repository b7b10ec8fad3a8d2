/**
 * `pyrelease rehearse` end to end, as a user runs it (dist/pyrelease/index.js
 * as a child process, no terminal): the real git, the real interpreters under
 * pyenv, real pip, two embedded indexes on loopback. Each run's work
 * directory goes under a private TMPDIR that is removed afterwards.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { REPO_ROOT, runCli, type CliRun } from '../../support/runner.js';
import { itIf, pythonPath } from '../../support/tools.js';
import { makeWheel } from '../../support/wheels.js';

interface Step { id: string; title: string; status: string; seconds: number | null; detail: string; error?: string }
interface Leg { index: string; python: string; mode: string; status: string; wheel?: string; installedVersion?: string; moduleCommit?: string; pythonVersion?: string }
interface Outcome {
  schema: string;
  result: string;
  exitCode: number;
  project: string;
  previousVersion: string;
  version: string;
  commit: string;
  steps: Step[];
  legs: Leg[];
  indexes: { testpypi?: { url: string; files: string[] }; pypi?: { url: string; files: string[] } };
  manifest: { files: { filename: string; sha256: string; size: number }[] } | null;
  reportPath: string;
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

async function rehearse(args: string[]): Promise<CliRun> {
  return runCli(['rehearse', ...args], { env: { TMPDIR: tmp }, cwd: tmp, timeoutMs: 100_000 });
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

describe('pyrelease rehearse', () => {
  itIf(have27 && have3, 'needs Python 2.7 and a 3.x under pyenv')('releases the example end to end: every step green on 2.7 and a 3.x, both indexes hold the same bytes', async () => {
    const run = await rehearse(['--yes', '--json', '--python', '2.7,3.x']);
    const o = outcomeOf(run);
    expect({ code: run.code, result: o.result, failed: o.steps.filter((s) => s.status !== 'passed') }).toEqual({ code: 0, result: 'passed', failed: [] });
    expect(o.steps.map((s) => s.id)).toEqual([
      'pythons', 'copy', 'bump', 'build', 'fetch', 'indexes', 'publish-testpypi',
      'verify-testpypi-0', 'verify-testpypi-1', 'gate', 'publish-pypi', 'verify-pypi-0', 'verify-pypi-1',
    ]);
    expect(o.steps.every((s) => typeof s.seconds === 'number' && s.seconds >= 0)).toBe(true);
    expect([o.project, o.previousVersion, o.version]).toEqual(['pyrelease-demo', '0.1.0', '0.1.1']);
    expect(o.commit).toMatch(/^[0-9a-f]{40}$/);

    // The verify matrix: each interpreter installed the wheel of this version, built from the bump commit.
    const wheel = 'pyrelease_demo-0.1.1-py2.py3-none-any.whl';
    expect(o.legs.map((l) => [l.index, l.mode, l.status, l.wheel, l.installedVersion, l.moduleCommit])).toEqual([
      ['testpypi', 'pinned', 'passed', wheel, '0.1.1', o.commit],
      ['testpypi', 'pinned', 'passed', wheel, '0.1.1', o.commit],
      ['pypi', 'unpinned', 'passed', wheel, '0.1.1', o.commit],
      ['pypi', 'unpinned', 'passed', wheel, '0.1.1', o.commit],
    ]);
    expect(o.legs.map((l) => l.pythonVersion?.split('.')[0])).toEqual(['2', '3', '2', '3']);

    // Both stand-ins hold exactly the manifest's files.
    const names = o.manifest!.files.map((f) => f.filename).sort();
    expect(names).toEqual([wheel, 'pyrelease_demo-0.1.1.tar.gz']);
    expect([...o.indexes.testpypi!.files].sort()).toEqual(names);
    expect([...o.indexes.pypi!.files].sort()).toEqual(names);

    // The report: the steps, the manifest with full digests, and the verify matrix of both indexes.
    const report = readFileSync(o.reportPath, 'utf8');
    expect(report).toMatch(/^# Release rehearsal: pyrelease-demo 0\.1\.0 → 0\.1\.1: ✅ every step passed/);
    expect(report).toContain('| 13 | verify pypi · 3.');
    for (const f of o.manifest!.files) expect(report).toContain(`\`${f.sha256}\``);
    expect(report).toContain('## Approval brief: pyrelease-demo 0.1.1');
    expect(report).toContain('## Released: pyrelease-demo 0.1.1');
    expect(report.match(/\| ✅ passed \| `pyrelease_demo-0\.1\.1-py2\.py3-none-any\.whl` → `0\.1\.1`/g)).toHaveLength(4);

    // Progress went to stderr as it happened; the work files are gone, the report and the log stay.
    expect(run.stderr).toMatch(/\[ 1\/13\] find interpreters …[\s\S]*\[10\/13\] approval gate \(pypi\) …\n\s+passed in [\d.]+ s: approved in advance with --yes/);
    expect(o.kept).toBe(false);
    expect(readdirSync(o.workDir).sort()).toEqual(['rehearsal.log', 'report.md']);

    // The upload tokens (pypi- and 32 base64url characters) appear nowhere a person or a log would see.
    const token = /pypi-[A-Za-z0-9_-]{32}/;
    for (const text of [run.stdout, run.stderr, report, readFileSync(join(o.workDir, 'rehearsal.log'), 'utf8')]) expect(text).not.toMatch(token);
  });

  itIf(have3, 'needs a Python 3.x under pyenv')('refuses at the gate without a terminal and without --yes: exit 3, TestPyPI verified, the PyPI stand-in untouched', async () => {
    const run = await rehearse(['--python', '3.x', '--keep']);
    expect(run.code).toBe(3);
    expect(run.stderr).toContain('No terminal and no --yes: the rehearsal will stop at the approval gate');
    expect(run.stdout).toMatch(/approval gate \(pypi\)\s+REFUSED\s+[\d.]+ s\s+refused: no terminal to ask on and no --yes/);
    expect(run.stdout).toMatch(/publish to pypi\s+not run/);
    expect(run.stdout).toMatch(/verify testpypi · 3\.\d+ pinned\s+passed/);
    expect(run.stdout).toContain('Rehearsal stopped at the approval gate: nothing was uploaded to the PyPI stand-in.');

    const reportPath = /^Report: (.+)$/m.exec(run.stdout)![1]!;
    const report = readFileSync(reportPath, 'utf8');
    expect(report).toMatch(/\| approval gate \(pypi\) \| ⛔ refused \|/);
    expect(report).toMatch(/\| publish to pypi \| — not run \|/);
    expect(report).toContain('## Approval brief: pyrelease-demo 0.1.1');
    expect(report).not.toContain('## Released');

    const workDir = /^The work directory is kept: (.+)$/m.exec(run.stdout)![1]!;
    expect(pypiStoredFiles(workDir)).toEqual([]);
  });

  itIf(have3, 'needs a Python 3.x under pyenv')('fails at fetch-wheels on a broken wheel from --wheels, before any index is started', async () => {
    const wheels = join(tmp, 'broken-wheels');
    await makeWheel(wheels, { name: 'pyrelease-demo', version: '0.2.0', tags: 'py2.py3-none-any', broken: 'no-record' });
    const run = await rehearse(['--wheels', wheels, '--version', '0.2.0', '--yes', '--json', '--python', '3.x']);
    const o = outcomeOf(run);
    expect(run.code).toBe(1);
    expect(o.result).toBe('failed');
    expect(o.steps.map((s) => [s.id, s.status])).toEqual([
      ['pythons', 'passed'], ['copy', 'passed'], ['bump', 'passed'], ['fetch', 'failed'], ['indexes', 'not-run'],
      ['publish-testpypi', 'not-run'], ['verify-testpypi-0', 'not-run'], ['gate', 'not-run'], ['publish-pypi', 'not-run'], ['verify-pypi-0', 'not-run'],
    ]);
    expect(o.steps.find((s) => s.id === 'fetch')!.error).toMatch(/fails preflight[\s\S]*RECORD/);
    expect(o.indexes).toEqual({});
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
    expect([statusOf(o, 'gate'), statusOf(o, 'publish-pypi'), statusOf(o, 'verify-pypi-0')]).toEqual(['not-run', 'not-run', 'not-run']);
    expect(o.indexes.testpypi!.files).toEqual(['pyrelease_demo-0.3.0-py2.py3-none-any.whl']);
    expect(o.indexes.pypi!.files).toEqual([]);
    expect(pypiStoredFiles(o.workDir)).toEqual([]);
    const report = readFileSync(o.reportPath, 'utf8');
    expect(report).toMatch(/## Approval brief: pyrelease-demo 0\.3\.0\n\n\*\*❌ Not ready/);
  });

  itIf(have3, 'needs a Python 3.x under pyenv')('asks on a terminal: shows the approval brief, and "y" approves the upload to pypi', async () => {
    // runCli starts the driver with Python; the driver runs pyrelease on a pseudo-terminal and types the answer.
    const driver = join(tmp, 'pty_answer.py');
    await writeFile(driver, PTY_DRIVER);
    const run = await runCli(['rehearse', '--python', '3.x', '--report', join(tmp, 'tty-report.md')], {
      env: { TMPDIR: tmp },
      cwd: tmp,
      script: driver,
      node: pythonPath('3.x')!,
      timeoutMs: 100_000,
    });
    expect(run.code).toBe(0);
    const shown = run.stdout;
    const brief = shown.indexOf('## Approval brief: pyrelease-demo 0.1.1');
    const question = shown.indexOf('Approve the upload of these 2 files to the PyPI stand-in');
    expect(brief).toBeGreaterThan(-1);
    expect(question).toBeGreaterThan(brief);
    expect(shown).toMatch(/approval gate \(pypi\)\s+passed\s+[\d.]+ s\s+approved at the prompt/);
    expect(shown).toMatch(/verify pypi · 3\.\d+ -U\s+passed/);
    expect(readFileSync(join(tmp, 'tty-report.md'), 'utf8')).toContain('## Released: pyrelease-demo 0.1.1');
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
