import { checkAgreement } from './agreement.js';
import { cachedFileAccess, type FileAccess } from './file-access.js';
import { locateVersions, type VersionLocation } from './locate.js';
import { rewrite, spelledLike } from './rewrite.js';
import { chooseNextVersion, type NextVersionRequest } from './version.js';

export interface FileChange {
  path: string;
  /** Whole file text before and after. */
  before: string;
  after: string;
  /** Where in the file, for people: locations joined with "; ". */
  describe: string;
  /** The version text as it was written in the file, and as it is written now. */
  from: string;
  to: string;
}

export interface BumpPlan {
  /** Normalized. */
  previous: string;
  next: string;
  changes: FileChange[];
  locations: VersionLocation[];
}

export interface BumpRequest extends NextVersionRequest {
  /** The `files` input; empty or absent means auto-detection. */
  files?: string;
}

/**
 * Everything a bump will write, computed without writing: find the versions,
 * check they agree, choose the next version, rewrite each file in memory.
 * Each file is read once through `files`.
 */
export async function planBump(files: FileAccess, req: BumpRequest): Promise<BumpPlan> {
  const access = cachedFileAccess(files);
  const locations = await locateVersions(access, req.files);
  const current = checkAgreement(locations, req.scheme);
  const { previous, next } = chooseNextVersion(current, req);

  const byPath = new Map<string, VersionLocation[]>();
  for (const loc of locations) byPath.set(loc.path, [...(byPath.get(loc.path) ?? []), loc]);

  const changes: FileChange[] = [];
  for (const [path, locs] of byPath) {
    const before = (await access.read(path)) as string;
    let after = before;
    // From the end backwards, so earlier offsets stay valid.
    for (const loc of [...locs].sort((a, b) => b.start - a.start)) after = rewrite(after, loc, spelledLike(loc, next));
    if (after === before) continue;
    changes.push({
      path,
      before,
      after,
      describe: locs.map((l) => l.describe).join('; '),
      from: unique(locs.map((l) => l.value)).join(', '),
      to: unique(locs.map((l) => spelledLike(l, next))).join(', '),
    });
  }
  return { previous, next, changes, locations };
}

function unique(values: string[]): string[] {
  return [...new Set(values)];
}
