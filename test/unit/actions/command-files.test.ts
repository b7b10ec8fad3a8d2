/**
 * The runner's command files put back as a step found them: each file gets
 * its try, so one that cannot be restored (a directory too deep to remove, in
 * its place) leaves the others restored and is named, never thrown.
 */
import { afterEach, describe, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { lstatSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { snapshotCommandFiles } from '../../../src/actions/shared/command-files.js';

const dirs: string[] = [];
afterEach(() => {
  // shutil.rmtree works by directory descriptors, so it removes a tree deeper than PATH_MAX.
  for (const d of dirs.splice(0)) execFileSync('python3', ['-c', 'import shutil, sys; shutil.rmtree(sys.argv[1], ignore_errors=True)', d]);
});

function files(): { dir: string; env: Record<string, string> } {
  const dir = mkdtempSync(join(tmpdir(), 'command-files-'));
  dirs.push(dir);
  const env: Record<string, string> = {};
  for (const name of ['GITHUB_OUTPUT', 'GITHUB_ENV', 'GITHUB_PATH', 'GITHUB_STATE', 'GITHUB_STEP_SUMMARY']) {
    env[name] = join(dir, name.toLowerCase());
    writeFileSync(env[name]!, name === 'GITHUB_OUTPUT' ? 'earlier=1\n' : '');
  }
  return { dir, env };
}

describe('snapshotCommandFiles', () => {
  it('changes nothing and reports nothing when nothing was written', async () => {
    const { env } = files();
    const snap = await snapshotCommandFiles(env);
    expect(await snap.restore()).toEqual({ changed: [], unrestored: [] });
    expect(readFileSync(env.GITHUB_OUTPUT!, 'utf8')).toBe('earlier=1\n');
  });

  it('puts back what was written, removes a link put in a file\'s place without writing through it', async () => {
    const { dir, env } = files();
    const snap = await snapshotCommandFiles(env);
    writeFileSync(env.GITHUB_ENV!, 'BASH_ENV=/tmp/evil.sh\n');
    writeFileSync(env.GITHUB_OUTPUT!, 'earlier=1\npublisher=forged\n');
    const target = join(dir, 'elsewhere');
    writeFileSync(target, 'keep me');
    rmSync(env.GITHUB_PATH!);
    symlinkSync(target, env.GITHUB_PATH!);
    expect(await snap.restore()).toEqual({ changed: ['GITHUB_OUTPUT', 'GITHUB_ENV', 'GITHUB_PATH'], unrestored: [] });
    expect(readFileSync(env.GITHUB_ENV!, 'utf8')).toBe('');
    expect(readFileSync(env.GITHUB_OUTPUT!, 'utf8')).toBe('earlier=1\n');
    expect(lstatSync(env.GITHUB_PATH!).isFile()).toBe(true);
    expect(readFileSync(target, 'utf8')).toBe('keep me');
  });

  it('restores every file it can when one cannot be, and names that one instead of throwing', async () => {
    const { env } = files();
    const snap = await snapshotCommandFiles(env);
    writeFileSync(env.GITHUB_ENV!, 'BASH_ENV=/tmp/evil.sh\n');
    // GITHUB_OUTPUT becomes a directory nested deeper than PATH_MAX: removing it by path fails.
    execFileSync('python3', ['-c', 'import os, sys\nos.remove(sys.argv[1]); os.mkdir(sys.argv[1]); os.chdir(sys.argv[1])\nfor _ in range(30):\n    os.mkdir("d" * 200); os.chdir("d" * 200)', env.GITHUB_OUTPUT!]);
    const { changed, unrestored } = await snap.restore();
    expect(changed).toEqual(['GITHUB_OUTPUT', 'GITHUB_ENV']);
    expect(unrestored).toEqual([expect.stringMatching(/^GITHUB_OUTPUT \(/)]);
    expect(readFileSync(env.GITHUB_ENV!, 'utf8')).toBe('');
  });
});
