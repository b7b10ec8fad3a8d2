import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { runCli } from '../../support/runner.js';
import { makeSdist, makeWheel } from '../../support/wheels.js';
import { writeWheel } from '../../unit/distributions/fixtures.js';

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'check-cli-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('pyrelease check', () => {
  it('passes real wheels nobody here wrote', async () => {
    const wheels = readdirSync('/usr/share/python-wheels').filter((f) => f.startsWith('pip-')).map((f) => join('/usr/share/python-wheels', f));
    expect(wheels.length).toBeGreaterThan(0);
    const run = await runCli(['check', ...wheels]);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('ok');
  });

  it('reports every problem of a bad set at once, each with its file and a fix, and exits 1', async () => {
    const set = join(dir, 'bad');
    const good = await makeWheel(set, { name: 'demo', version: '1.0.0', tags: 'cp312-cp312-manylinux2014_x86_64' });
    const files = [
      good,
      await makeWheel(set, { name: 'Demo.Pkg', version: '1.0.0' }), // name not normalized in the filename
      await makeWheel(set, { name: 'demo', version: '1.0.0', tags: 'cp311-cp311-linux_x86_64' }),
      await makeWheel(set, { name: 'demo', version: '1.0.0', tags: 'cp310-cp310-manylinux2014_x86_64', broken: 'no-record' }),
      await makeWheel(set, { name: 'demo', version: '1.0.0', tags: 'cp39-cp39-manylinux2014_x86_64', broken: 'zip-bomb', bombBytes: 64 * 1024 * 1024 }),
      await makeWheel(set, { name: 'demo', version: '1.0.0', tags: 'cp38-cp38-manylinux2014_x86_64', broken: 'dotdot-member' }),
      await makeSdist(set, { name: 'demo', version: '1.0.0' }),
    ];
    // A second sdist, and a wheel whose filename claims another version than its METADATA.
    const other = await makeSdist(join(dir, 'other'), { name: 'demo', version: '1.0.0' });
    const secondSdist = join(set, 'demo-1.0.0.zip');
    copyFileSync(other, secondSdist);
    const mismatched = await makeWheel(join(dir, 'other'), { name: 'demo', version: '1.0.0', tags: 'cp37-cp37m-manylinux2014_x86_64' });
    const renamed = join(set, basename(mismatched).replace('1.0.0', '1.0.1'));
    renameSync(mismatched, renamed);
    files.push(secondSdist, renamed);

    const run = await runCli(['check', '--json', set]);
    expect(run.code).toBe(1);
    const report = JSON.parse(run.stdout) as { ok: boolean; files: { filename: string }[]; problems: { file: string; rule: string; message: string; fix: string }[] };
    expect(report.ok).toBe(false);
    expect(report.files).toHaveLength(files.length);
    const byFile = (name: string) => report.problems.filter((p) => p.file === basename(name)).map((p) => p.message).join('\n');
    expect(byFile(files[1]!)).toMatch(/normalized name 'demo_pkg'/);
    expect(byFile(files[2]!)).toMatch(/linux_x86_64/);
    expect(byFile(files[3]!)).toMatch(/RECORD/);
    expect(byFile(files[4]!)).toMatch(/zip bomb.*expands more than 50x/i);
    expect(byFile(files[5]!)).toMatch(/\.\./);
    expect(byFile(renamed)).toMatch(/1\.0\.1/);
    expect(report.problems.map((p) => p.message).join('\n')).toMatch(/one sdist|sdist.*per release|\.zip/i);
    expect(byFile(good)).toBe('');
    for (const p of report.problems) expect(p.fix.length).toBeGreaterThan(10);

    // The table for people lists the same problems.
    const table = await runCli(['check', set]);
    expect(table.code).toBe(1);
    for (const f of [files[1]!, files[2]!, files[3]!, files[4]!, files[5]!, renamed]) expect(table.stdout).toContain(basename(f));
  });

  it('passes Debian\'s pip and setuptools wheels checked together (one version per project)', async () => {
    const wheels = readdirSync('/usr/share/python-wheels').filter((f) => /^(pip|setuptools)-/.test(f)).map((f) => join('/usr/share/python-wheels', f));
    expect(wheels.length).toBeGreaterThan(1);
    const run = await runCli(['check', '--json', ...wheels]);
    expect(JSON.parse(run.stdout).problems).toEqual([]);
    expect(run.code).toBe(0);
  });

  it('renders the long description as PyPI does, from the bundle, and refuses one that does not render', async () => {
    const sub = join(dir, 'rst');
    const metadata = 'Metadata-Version: 2.1\nName: rst-demo\nVersion: 1.0\nSummary: x\nDescription-Content-Type: text/x-rst\n\nTitle\n=====\n\nSee `the docs`_.\n';
    const wheel = await writeWheel((mkdirSync(sub, { recursive: true }), sub), { name: 'rst_demo', version: '1.0', metadata });
    const run = await runCli(['check', '--json', wheel]);
    expect(run.code).toBe(1);
    const report = JSON.parse(run.stdout) as { problems: { rule: string; message: string; pypiMessage?: string }[]; warnings: unknown[] };
    expect(report.problems.map((p) => [p.rule, p.pypiMessage])).toEqual([
      ['description-render', "The description failed to render for 'text/x-rst'. See https://pypi.org/help/#description-content-type for more information."],
    ]);
    expect(report.problems[0].message).toMatch(/Unknown target name: "the docs"/);
    expect(report.warnings).toEqual([]);
  });

  it('gives usage without files and a clear error for a missing path', async () => {
    expect((await runCli(['check'])).code).toBe(2);
    const missing = await runCli(['check', join(dir, 'nope.whl')]);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('no such file or directory');
  });
});

describe('pyrelease hash', () => {
  it('prints the digests twine sends', async () => {
    const wheel = await makeWheel(join(dir, 'hash'), { name: 'demo', version: '2.0' });
    const run = await runCli(['hash', '--json', wheel]);
    expect(run.code).toBe(0);
    const [row] = JSON.parse(run.stdout) as { sha256: string; blake2b_256: string; size: number }[];
    expect(row!.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(row!.blake2b_256).toMatch(/^[0-9a-f]{64}$/);
    expect(row!.sha256).not.toBe(row!.blake2b_256);
  });
});
