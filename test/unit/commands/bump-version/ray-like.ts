/** The Ray-like layout of test/fixtures/versions: before/ to seed a repository, after/ the golden minor bump. */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { GitStore } from '../../../support/github-fake/git.js';
import type { FakeGitHub } from '../../../support/github-fake/index.js';

const FIXTURES = join(dirname(fileURLToPath(import.meta.url)), '../../../fixtures/versions/ray-like');

function readTree(root: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (dir: string): void => {
    for (const name of readdirSync(dir).sort()) {
      const full = join(dir, name);
      if (statSync(full).isDirectory()) walk(full);
      else out[relative(root, full).split(sep).join('/')] = readFileSync(full, 'utf8');
    }
  };
  walk(root);
  return out;
}

/** Every file of the project before the bump (2.9.0). */
export const RAY_BEFORE = readTree(join(FIXTURES, 'before'));
/** Every file after a minor bump (2.10.0), written independently of the code under test. */
export const RAY_AFTER = readTree(join(FIXTURES, 'after'));

/** Every file (path → text) of a commit in the fake. */
export function filesAt(fake: FakeGitHub, commitSha: string): Record<string, string> {
  const git = new GitStore(fake.state.objects);
  const commit = git.commit(commitSha);
  if (!commit) throw new Error(`${commitSha} is not a commit`);
  const out: Record<string, string> = {};
  for (const [path, entry] of git.flatten(commit.tree)) out[path] = git.blob(entry.sha)!.data.toString('utf8');
  return out;
}

/** The mode of a path in a commit of the fake. */
export function modeAt(fake: FakeGitHub, commitSha: string, path: string): string | undefined {
  const git = new GitStore(fake.state.objects);
  return git.flatten(git.commit(commitSha)!.tree).get(path)?.mode;
}

/** Requests that could have changed something. */
export function writes(fake: FakeGitHub): string[] {
  return fake.requests.filter((r) => r.method !== 'GET' && r.method !== 'HEAD').map((r) => `${r.method} ${r.path}`);
}
