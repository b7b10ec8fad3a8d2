/**
 * What is inside an sdist: its member names and PKG-INFO, found the way warehouse
 * finds it (`os.path.commonprefix` of every name, then `<prefix>/PKG-INFO`).
 */
import { DEFAULT_ARCHIVE_LIMITS, scanZip } from './zip-scan.js';
import type { ArchiveLimits, ArchiveProblem } from './zip-scan.js';
import { scanTarGz } from './tar-scan.js';

export interface SdistArchive {
  members: string[];
  /** The common prefix of all member names (the single top-level directory of a good sdist). */
  topLevel?: string;
  /** Where PKG-INFO must be: `<topLevel>/PKG-INFO`. */
  pkgInfoPath?: string;
  pkgInfo?: string;
  readable: boolean;
  problems: ArchiveProblem[];
}

/** A PKG-INFO no deeper than `top/PKG-INFO` (or `./top/PKG-INFO`). */
const PKG_INFO_CANDIDATE = /^(\.\/)?[^/]*\/?PKG-INFO$/;

export async function readSdistArchive(path: string, limits: Partial<ArchiveLimits> = {}): Promise<SdistArchive> {
  const merged: ArchiveLimits = { ...DEFAULT_ARCHIVE_LIMITS, ...limits };
  const problems: ArchiveProblem[] = [];
  let members: string[];
  let captured: Map<string, Buffer>;
  /** Why a member asked for was not read (tar only). */
  let skipped = new Map<string, string>();
  if (path.endsWith('.zip')) {
    const scan = await scanZip(path, { limits: merged, capture: (name) => PKG_INFO_CANDIDATE.test(name) });
    problems.push(...scan.problems);
    if (!scan.readable) return { members: [], readable: false, problems };
    members = scan.members.map((m) => m.name);
    captured = scan.captured;
  } else {
    const scan = await scanTarGz(path, { limits: merged, capture: (name) => PKG_INFO_CANDIDATE.test(name) });
    members = scan.names;
    captured = scan.captured;
    skipped = scan.skipped;
    const failure = scan.failure;
    if (failure) {
      switch (failure.kind) {
        case 'not-gzip':
        case 'not-tar':
          problems.push({
            rule: 'sdist-invalid',
            message: failure.kind === 'not-gzip' ? `The file is not gzip-compressed (${failure.reason})` : `The file is not a tar archive (${failure.reason})`,
            fix: 'Build the sdist with python -m build (or setup.py sdist); a .tar.gz sdist is a gzip-compressed tar archive.',
            pypiMessage: 'Invalid distribution file. File is not a tarfile',
          });
          return { members, readable: false, problems };
        case 'corrupt':
          problems.push({
            rule: 'sdist-invalid',
            message: `The ${failure.stream ? 'compressed stream or the tar data' : 'tar archive'} is damaged: ${failure.reason}`,
            fix: 'The file is corrupt (an interrupted download or copy?); rebuild or download it again.',
            // Python's tarfile raises on a broken zlib stream or a truncated archive (warehouse #20415);
            // a damaged header further in only makes it stop reading early.
            ...(failure.stream ? { pypiMessage: 'Invalid distribution file.' } : {}),
          });
          break;
        case 'bomb':
          problems.push({
            rule: 'sdist-compression-ratio',
            message: `The archive inflates to more than ${failure.inflated} bytes from ${failure.compressed} (over ${merged.maxCompressionRatio}x); reading stopped`,
            fix: 'Do not publish this file: it expands to far more data than it holds. Rebuild the sdist from source.',
          });
          return { members, readable: false, problems };
      }
    }
    if (scan.sparse.length > 0) {
      problems.push({
        rule: 'sdist-sparse-member',
        message: `${scan.sparse.length === 1 ? 'A member is' : `${scan.sparse.length} members are`} stored as GNU sparse files: ${scan.sparse.slice(0, 5).join(', ')}`,
        fix: 'Build the sdist with python -m build (it writes plain members); GNU tar --sparse (-S) or a pax archive of sparse files makes sparse members.',
        members: scan.sparse,
        pypiMessage: 'Invalid distribution file. tar archive not accepted: Sparse members are not allowed. See https://docs.pypi.org/archives for more information',
      });
    }
    if (scan.oversized.length > 0) {
      problems.push({
        rule: 'zip-member-too-large',
        message: `PKG-INFO is larger than the ${merged.maxMemberSize}-byte limit: ${scan.oversized.join(', ')}`,
        fix: 'PKG-INFO is a small text file; rebuild the sdist and check what the build put into it.',
        members: scan.oversized,
      });
    }
  }

  const topLevel = commonPrefix(members);
  if (topLevel === '' || topLevel === '.' || topLevel === '/') {
    problems.push({
      rule: 'sdist-top-level',
      message: members.length === 0 ? 'The sdist is empty' : 'The sdist does not keep everything under one top-level directory',
      fix: 'Build the sdist with python -m build; every file must be inside {name}-{version}/.',
      pypiMessage: 'Invalid distribution file. Incorrect number of top-level directories in sdist',
    });
    return { members, topLevel, readable: true, problems };
  }
  const pkgInfoPath = topLevel.endsWith('/') ? `${topLevel}PKG-INFO` : `${topLevel}/PKG-INFO`;
  const bytes = captured.get(pkgInfoPath);
  if (bytes === undefined) {
    if (!members.includes(pkgInfoPath)) {
      // A PKG-INFO that is there but not at <prefix>/PKG-INFO: the prefix is not a directory
      // (a lone member is its own common prefix), and "PKG-INFO is missing" would mislead.
      const misplaced = members.find((name) => PKG_INFO_CANDIDATE.test(name));
      problems.push({
        rule: 'sdist-missing-pkg-info',
        message: misplaced === undefined
          ? `PKG-INFO is missing: there is no ${pkgInfoPath}`
          : `${misplaced} is not where PyPI looks for PKG-INFO: it takes the common prefix of all member names, ${JSON.stringify(topLevel)}${members.length === 1 ? ' (the only member)' : ''}, as the top-level directory and looks for ${pkgInfoPath}`,
        fix: misplaced === undefined
          ? 'Build the sdist with python -m build (or setup.py sdist), which writes PKG-INFO; a hand-made archive of the source tree is not an sdist.'
          : 'Build the sdist with python -m build (or setup.py sdist): it puts the top-level directory entry and the source files beside PKG-INFO, so the common prefix is the directory.',
        pypiMessage: `Invalid distribution file. PKG-INFO not found at ${pkgInfoPath}`,
      });
    } else if (!scanOversized(problems, pkgInfoPath)) {
      // Its metadata is what every check below reads: a PKG-INFO that cannot be read is not checked, so it is refused.
      problems.push({
        rule: 'sdist-pkg-info-unreadable',
        message: `${pkgInfoPath} could not be read: ${skipped.get(pkgInfoPath) ?? 'it was not captured'}`,
        fix: 'Build the sdist with python -m build (or setup.py sdist): PKG-INFO is a plain file there, and the only file of that name.',
      });
    }
    return { members, topLevel, pkgInfoPath, readable: true, problems };
  }
  return { members, topLevel, pkgInfoPath, pkgInfo: new TextDecoder('utf-8').decode(bytes), readable: true, problems };
}

/** Whether a problem already says this member is too large to read. */
function scanOversized(problems: ArchiveProblem[], name: string): boolean {
  return problems.some((p) => p.rule === 'zip-member-too-large' && (p.members?.includes(name) ?? false));
}

/**
 * Python's os.path.commonprefix: character by character, not by path segment, and by code point
 * as Python orders and compares str. JavaScript's < compares UTF-16 code units, which puts
 * U+10000 and above before U+E000–U+FFFF and could end a prefix inside a surrogate pair.
 */
export function commonPrefix(names: string[]): string {
  if (names.length === 0) return '';
  let min = names[0];
  let max = names[0];
  for (const name of names) {
    if (compareCodePoints(name, min) < 0) min = name;
    if (compareCodePoints(name, max) > 0) max = name;
  }
  let i = 0;
  while (i < min.length) {
    const c = min.codePointAt(i)!;
    if (c !== max.codePointAt(i)) break;
    i += c > 0xffff ? 2 : 1;
  }
  return min.slice(0, i);
}

/** Python's str comparison: by code point, a lone surrogate being one of them. */
function compareCodePoints(a: string, b: string): number {
  for (let i = 0; i < a.length && i < b.length; ) {
    const x = a.codePointAt(i)!;
    const y = b.codePointAt(i)!;
    if (x !== y) return x - y;
    i += x > 0xffff ? 2 : 1;
  }
  return a.length - b.length;
}
