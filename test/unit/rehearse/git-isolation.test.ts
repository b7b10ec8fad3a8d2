/**
 * The rehearsal's git operations (copy, bump commit, sdist listing) started
 * from inside a git hook: git exports GIT_DIR and GIT_INDEX_FILE (and a
 * caller may add GIT_WORK_TREE) for the repository the hook runs in. Every
 * git the rehearsal starts must work on its own copy and leave that
 * repository exactly as it was.
 */
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { bumpLocally } from '../../../src/commands/bump-version/index.js';
import { MemoryLogger } from '../../../src/log.js';
import { inspectInterpreter } from '../../../src/python/index.js';
import { buildRelease, bundledExample, copyProject, prepareTargets, readLayout, versionFilesOf } from '../../../src/rehearse/index.js';
import { pythonPath, which } from '../../support/tools.js';

const HOOK_VARIABLES = ['GIT_DIR', 'GIT_WORK_TREE', 'GIT_INDEX_FILE', 'GIT_CONFIG_GLOBAL', 'GIT_CONFIG_NOSYSTEM'];

let tmp: string;
let user: string;
let saved: Record<string, string | undefined>;

/** git on the user's repository, named explicitly (never through the variables under test). */
function userGit(...args: string[]): string {
  const env: NodeJS.ProcessEnv = { ...process.env, GIT_CONFIG_GLOBAL: '/dev/null', GIT_CONFIG_NOSYSTEM: '1' };
  for (const name of ['GIT_DIR', 'GIT_WORK_TREE', 'GIT_INDEX_FILE']) delete env[name];
  return execFileSync('git', ['-C', user, ...args], { env, encoding: 'utf8' }).trimEnd();
}

/** Everything a stray git command could change: refs, HEAD, the index, the work tree's status. */
function snapshot(): Record<string, string> {
  return {
    head: userGit('symbolic-ref', 'HEAD'),
    refs: userGit('for-each-ref', '--format=%(refname) %(objectname)'),
    index: createHash('sha256').update(readFileSync(join(user, '.git', 'index'))).digest('hex'),
    status: userGit('status', '--porcelain', '--untracked-files=all'),
    config: readFileSync(join(user, '.git', 'config'), 'utf8'),
  };
}

beforeEach(() => {
  saved = Object.fromEntries(HOOK_VARIABLES.map((name) => [name, process.env[name]]));
  tmp = mkdtempSync(join(tmpdir(), 'rehearse-git-isolation-'));
  // The user's own repository holds the very project being rehearsed, committed and clean: the
  // copy then looks like a clean work tree to any git that is pointed at the user's index.
  user = join(tmp, 'user-repo');
  cpSync(bundledExample(), user, { recursive: true });
  userGit('init', '-q', '-b', 'main');
  userGit('config', 'user.name', 'Release Engineer');
  userGit('config', 'user.email', 'release@example.com');
  userGit('config', 'commit.gpgsign', 'false');
  userGit('add', '-A');
  userGit('commit', '-q', '-m', 'The project');
});

afterEach(() => {
  for (const [name, value] of Object.entries(saved)) {
    if (value === undefined) delete process.env[name];
    else process.env[name] = value;
  }
  rmSync(tmp, { recursive: true, force: true });
});

const HOOKS: [string, (repo: string) => Record<string, string>][] = [
  // What git exports to a post-commit hook run by `git commit`.
  ['GIT_DIR and GIT_INDEX_FILE (a commit hook)', (repo) => ({ GIT_DIR: join(repo, '.git'), GIT_INDEX_FILE: join(repo, '.git', 'index') })],
  ['GIT_DIR, GIT_WORK_TREE and GIT_INDEX_FILE', (repo) => ({ GIT_DIR: join(repo, '.git'), GIT_WORK_TREE: repo, GIT_INDEX_FILE: join(repo, '.git', 'index') })],
];

const py3 = pythonPath('3.x');
const canBuild = py3 && which('gcc') && which('readelf');

describe("the rehearsal's git inside a git hook", () => {
  const each = canBuild ? it.each(HOOKS) : (() => {
    console.warn("SKIPPED: the rehearsal's git inside a git hook, because it needs a Python 3.x under pyenv, gcc and readelf to build the example");
    return it.skip.each(HOOKS);
  })();
  each('with %s pointing at the user\'s repository, works on its copy and leaves the user\'s repository untouched', async (_label, variables) => {
    const before = snapshot();
    const work = join(tmp, 'rehearsal');
    Object.assign(process.env, variables(user), { GIT_CONFIG_GLOBAL: '/dev/null', GIT_CONFIG_NOSYSTEM: '1' });

    // The steps 'copy', 'bump' and 'build' of the rehearsal, as it runs them.
    const copy = await copyProject(user, join(work, 'project'), join(work, 'git-hooks'));
    const files = await versionFilesOf(copy.dir, await readLayout(copy.dir));
    const outcome = await bumpLocally({
      dir: copy.dir,
      bump: 'patch',
      ...(files ? { files: files.join('\n') } : {}),
      scheme: 'pep440',
      allowDowngrade: false,
      branchTemplate: 'release/v{version}',
      commitMessage: 'Bump version to {version}',
      commit: true,
      dryRun: false,
    }, new MemoryLogger());
    const interpreter = await inspectInterpreter(py3!);
    const built = await buildRelease(copy.dir, outcome.commitSha!, join(work, 'built'), { targets: () => prepareTargets([{ label: '3', interpreter }]) });

    for (const name of ['GIT_DIR', 'GIT_WORK_TREE', 'GIT_INDEX_FILE']) delete process.env[name];
    expect(snapshot()).toEqual(before);
    // The bump commit went into the copy, on its own branch, on top of the copy's first commit.
    const copyGit = (...args: string[]): string => execFileSync('git', ['-C', copy.dir, ...args], { encoding: 'utf8' }).trimEnd();
    expect(copyGit('rev-parse', 'HEAD')).toBe(outcome.commitSha);
    expect(copyGit('rev-parse', 'HEAD~1')).toBe(copy.baseCommit);
    expect(copyGit('symbolic-ref', '--short', 'HEAD')).toBe(outcome.branch);
    expect(built.distributions.map((d) => [d.version, d.wheels.length])).toEqual([['0.1.1', 1], ['0.1.1', 1]]);
  });
});
