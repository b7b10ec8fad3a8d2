import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { UserError } from '../../../src/errors.js';
import { git, gitOk } from '../../../src/process/index.js';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'process-git-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('git', () => {
  it('a failure says what could not be done, the command, the exit code and what git said', async () => {
    const err = await gitOk(dir, ['rev-parse', '--verify', 'HEAD'], 'read the current commit').catch((e: unknown) => e);
    expect(err).toBeInstanceOf(UserError);
    expect((err as Error).message).toMatch(/^Could not read the current commit: git rev-parse --verify HEAD exited with code 128:\nfatal: not a git repository/);
  });

  it('resolves whatever the exit code, for questions whose answer is the exit code', async () => {
    const r = await git(dir, ['rev-parse', '--is-inside-work-tree']);
    expect(r.code).toBe(128);
  });

  it('no git on PATH, or no such directory: a UserError that says which', async () => {
    const saved = process.env.PATH;
    process.env.PATH = dir;
    try {
      await expect(git(dir, ['status'], { ifMissing: 'Install git, or use --no-commit.' })).rejects.toThrow(
        new UserError('git is not installed (or not on PATH). Install git, or use --no-commit.'),
      );
    } finally {
      process.env.PATH = saved;
    }
    await expect(git(join(dir, 'gone'), ['status'])).rejects.toThrow(`Cannot run git in ${join(dir, 'gone')}: the directory does not exist.`);
  });
});
