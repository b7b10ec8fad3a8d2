import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { bumpCommand } from '../../../../src/cli/bump.js';
import { RAY_AFTER, RAY_BEFORE } from './ray-like.js';

let dir: string;
let out: string;
let err: string;

const GIT_ENV = {
  ...process.env,
  GIT_CONFIG_GLOBAL: '/dev/null',
  GIT_CONFIG_NOSYSTEM: '1',
};

function git(...args: string[]): string {
  return execFileSync('git', args, { cwd: dir, env: GIT_ENV, encoding: 'utf8' }).trimEnd();
}

function write(files: Record<string, string>): void {
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
}

function read(path: string): string {
  return readFileSync(join(dir, path), 'utf8');
}

async function bump(...argv: string[]): Promise<number> {
  out = '';
  err = '';
  return bumpCommand([...argv, dir], { out: (t) => (out += t), err: (t) => (err += t) });
}

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'bump-local-'));
  // Isolated from the machine's git configuration; the identity lives in the repository.
  process.env.GIT_CONFIG_GLOBAL = '/dev/null';
  process.env.GIT_CONFIG_NOSYSTEM = '1';
  git('init', '-q', '-b', 'main');
  git('config', 'user.name', 'Release Engineer');
  git('config', 'user.email', 'release@example.com');
  git('config', 'commit.gpgsign', 'false');
  write(RAY_BEFORE);
  git('add', '-A');
  git('commit', '-q', '-m', 'Ray-like project');
});
afterEach(() => {
  delete process.env.GIT_CONFIG_GLOBAL;
  delete process.env.GIT_CONFIG_NOSYSTEM;
  rmSync(dir, { recursive: true, force: true });
});

describe('pyrelease bump (local mode)', () => {
  it('rewrites the files and commits exactly them on a new branch', async () => {
    const base = git('rev-parse', 'HEAD');
    expect(await bump('--bump', 'minor')).toBe(0);
    expect(err).toBe('');
    const head = git('rev-parse', 'HEAD');
    expect(out).toContain('2.9.0 → 2.10.0');
    expect(out).toContain('python/setup.py');
    expect(out).toContain(`Committed ${head} on the new branch release/v2.10.0: Bump version to 2.10.0`);
    expect(git('rev-parse', '--abbrev-ref', 'HEAD')).toBe('release/v2.10.0');
    expect(git('rev-parse', 'HEAD~1')).toBe(base);
    expect(git('log', '-1', '--format=%B')).toBe('Bump version to 2.10.0');
    expect(git('diff-tree', '--no-commit-id', '--name-only', '-r', 'HEAD').split('\n').sort()).toEqual(['python/ray/__init__.py', 'python/setup.py']);
    for (const [path, text] of Object.entries(RAY_AFTER)) expect([path, read(path)]).toEqual([path, text]);
    expect(git('status', '--porcelain')).toBe('');
  });

  it('takes an explicit version, file specs, a branch and a message template', async () => {
    const code = await bump('--version', '3.0.0rc1', '--files', 'python/ray/__init__.py', '--branch', 'rel-{version}', '--message', 'Release {version} (was {previous})');
    expect([code, err]).toEqual([0, '']);
    expect(git('rev-parse', '--abbrev-ref', 'HEAD')).toBe('rel-3.0.0rc1');
    expect(git('log', '-1', '--format=%s')).toBe('Release 3.0.0rc1 (was 2.9.0)');
    expect(read('python/ray/__init__.py')).toContain('__version__ = "3.0.0rc1"');
    expect(read('python/setup.py')).toBe(RAY_BEFORE['python/setup.py']);
  });

  it('with --no-commit rewrites the files and leaves git alone', async () => {
    expect(await bump('--bump', 'patch', '--no-commit')).toBe(0);
    expect(out).toContain('nothing was committed');
    expect(git('rev-parse', '--abbrev-ref', 'HEAD')).toBe('main');
    expect(git('status', '--porcelain').split('\n').sort()).toEqual([' M python/ray/__init__.py', ' M python/setup.py']);
  });

  it('with --dry-run prints the diff and changes nothing', async () => {
    expect(await bump('--bump', 'minor', '--dry-run')).toBe(0);
    expect(out).toContain('-    version="2.9.0",\n+    version="2.10.0",');
    expect(out).toContain('Dry run: nothing was written.');
    expect(git('status', '--porcelain')).toBe('');
    expect(git('branch', '--list')).toBe('* main');
  });

  const refusals: [string, () => void, string[], RegExp][] = [
    ['a dirty work tree', () => writeFileSync(join(dir, 'README.rst'), 'edited\n'), ['--bump', 'minor'], /uncommitted changes, so the bump commit would not be the bump alone:\n {3}M README\.rst\nCommit or stash them first, or use --no-commit\./],
    ['an existing branch', () => git('branch', 'release/v2.10.0'), ['--bump', 'minor'], /The branch release\/v2\.10\.0 already exists\./],
    ['a downgrade', () => undefined, ['--version', '2.0'], /lower than the current version 2\.9\.0/],
    ['disagreeing files', () => { write({ 'python/setup.py': RAY_BEFORE['python/setup.py']!.replace('2.9.0', '2.9.1') }); git('commit', '-qam', 'drift'); }, ['--bump', 'minor'], /The version files disagree/],
    ['no version', () => { git('rm', '-q', 'python/setup.py', 'python/ray/__init__.py'); git('commit', '-qm', 'gone'); }, ['--bump', 'minor'], /^No version found\./],
    ['an unknown bump', () => undefined, ['--bump', 'huge'], /--bump: unknown part "huge"; use one of major, minor/],
    ['neither bump nor version', () => undefined, [], /give --bump PART or --version X/],
    ['both bump and version', () => undefined, ['--bump', 'minor', '--version', '3.0'], /either a bump \(minor\) or an explicit version \(3\.0\), not both/],
    ['an untracked version file', () => { write({ VERSION: '2.9.0\n' }); }, ['--bump', 'minor'], /Not every version file is tracked by git/],
    ['a bad branch template', () => undefined, ['--bump', 'minor', '--branch', 'a..{version}'], /not a valid git branch name/],
  ];

  it.each(refusals)('refuses %s with a clear message, before writing anything', async (_name, seed, args, message) => {
    seed();
    const head = git('rev-parse', 'HEAD');
    const status = git('status', '--porcelain');
    const files = Object.fromEntries(Object.keys(RAY_BEFORE).map((p) => [p, (() => { try { return read(p); } catch { return undefined; } })()]));
    expect(await bump(...args)).toBe(1);
    expect(err).toMatch(/^error: /);
    expect(err.slice('error: '.length)).toMatch(message);
    expect(git('rev-parse', 'HEAD')).toBe(head);
    expect(git('rev-parse', '--abbrev-ref', 'HEAD')).toBe('main');
    expect(git('status', '--porcelain')).toBe(status);
    for (const [p, text] of Object.entries(files)) expect([p, (() => { try { return read(p); } catch { return undefined; } })()]).toEqual([p, text]);
  });

  it('refuses a directory that is not a git checkout unless --no-commit', async () => {
    rmSync(join(dir, '.git'), { recursive: true });
    expect(await bump('--bump', 'minor')).toBe(1);
    expect(err).toMatch(/is not inside a git work tree\. Run in a checkout, or use --no-commit/);
    expect(read('python/setup.py')).toBe(RAY_BEFORE['python/setup.py']);
    expect(await bump('--bump', 'minor', '--no-commit')).toBe(0);
    expect(read('python/setup.py')).toBe(RAY_AFTER['python/setup.py']);
  });

  it('prints usage for --help', async () => {
    expect(await bump('--help')).toBe(0);
    expect(out).toMatch(/^usage: pyrelease bump/);
  });
});
