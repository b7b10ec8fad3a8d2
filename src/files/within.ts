/**
 * Where a path inside a directory really leads. A file an action publishes
 * (release notes, a changelog's section, a release asset) is read through
 * symbolic links, and a link checked in to the repository that leads out of
 * the checkout (to /proc/self/environ, ~/.git-credentials, the runner's
 * files) would publish whatever it points at. A path that is outside the
 * directory to begin with is the workflow's own choice and is not judged.
 */
import { realpathSync } from 'node:fs';
import { isAbsolute, relative, resolve, sep } from 'node:path';

function inside(child: string, parent: string): boolean {
  const rel = relative(parent, child);
  return rel === '' || !(rel === '..' || rel.startsWith(`..${sep}`) || isAbsolute(rel));
}

/** The real target of `path` when it lies inside `root` but leads out of it through a link; undefined otherwise. */
export function leadsOutOf(path: string, root: string): string | undefined {
  if (!inside(resolve(path), resolve(root))) return undefined;
  const real = realpathSync(path);
  return inside(real, realpathSync(root)) ? undefined : real;
}
