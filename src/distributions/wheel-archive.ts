/**
 * What is inside a wheel: its member list and the METADATA, WHEEL and RECORD
 * texts, read with yauzl (lazy entries, streaming, bounded) and never extracted.
 */
import { basename } from 'node:path';
import type { KnownDigests } from './digests.js';
import { scanZip } from './zip-scan.js';
import type { ArchiveLimits, ArchiveProblem, ScannedMember } from './zip-scan.js';

export type { ArchiveLimits, ArchiveProblem, ScannedMember } from './zip-scan.js';
export { DEFAULT_ARCHIVE_LIMITS } from './zip-scan.js';

export interface ReadWheelOptions extends Partial<ArchiveLimits> {
  /**
   * Inflate and sha256 every member (default true): needed to check RECORD and to
   * catch members whose real size differs from the declared one. A caller that only
   * wants METADATA (an index serving it) can turn it off.
   */
  verifyMembers?: boolean;
  /**
   * Also sha256 and BLAKE2b-256 the whole file in the same read (see `digests`). A
   * file that cannot be read to its end then throws: there would be no digests.
   */
  fileDigests?: boolean;
  /** With fileDigests: BLAKE2b-256 too (default true). */
  blake2b?: boolean;
}

export interface WheelArchive {
  /** Every member name, in central-directory order. */
  members: string[];
  /** Sizes and (when verified) digests of every member. */
  entries: ScannedMember[];
  /** Top-level `*.dist-info` directories found. */
  distInfoDirs: string[];
  /** Where PyPI looks: `{name}-{version}.dist-info` from the filename (`filename.split('-', 2)`). */
  expectedDistInfoDir?: string;
  /** The directory METADATA/WHEEL/RECORD were read from: the expected one if present, else the only one. */
  distInfoDir?: string;
  metadata?: string;
  wheel?: string;
  record?: string;
  /** entry_points.txt, when the wheel has one. */
  entryPoints?: string;
  /** False when the file is not a readable zip. */
  readable: boolean;
  problems: ArchiveProblem[];
  /** The whole file's digests (fileDigests, readable zips only). */
  digests?: KnownDigests;
}

const DIST_INFO_TEXT = /^[^/]+\.dist-info\/(METADATA|WHEEL|RECORD|entry_points\.txt)$/;

export async function readWheelArchive(path: string, limits: ReadWheelOptions = {}): Promise<WheelArchive> {
  const { verifyMembers = true, fileDigests = false, blake2b = true, ...archiveLimits } = limits;
  const scan = await scanZip(path, {
    limits: archiveLimits,
    capture: (name) => DIST_INFO_TEXT.test(name),
    hashMembers: verifyMembers,
    fileDigests,
    blake2b,
  });
  const problems = [...scan.problems];
  const members = scan.members.map((m) => m.name);
  const expectedDistInfoDir = expectedDistInfo(basename(path));

  const distInfoDirs: string[] = [];
  for (const name of members) {
    const slash = name.indexOf('/');
    if (slash <= 0) continue;
    const top = name.slice(0, slash);
    if (top.endsWith('.dist-info') && !distInfoDirs.includes(top)) distInfoDirs.push(top);
  }

  let distInfoDir: string | undefined;
  if (expectedDistInfoDir !== undefined && distInfoDirs.includes(expectedDistInfoDir)) distInfoDir = expectedDistInfoDir;
  else if (distInfoDirs.length === 1) distInfoDir = distInfoDirs[0];

  if (scan.readable && distInfoDirs.length === 0) {
    problems.push({
      rule: 'wheel-no-dist-info',
      message: 'The wheel has no top-level .dist-info directory, so it has no METADATA, WHEEL or RECORD',
      fix: 'Build the wheel with a standard tool (python -m build, pip wheel, cibuildwheel); a zip renamed to .whl is not a wheel.',
      ...(expectedDistInfoDir !== undefined ? { pypiMessage: `Invalid distribution file. WHEEL not found at ${expectedDistInfoDir}/WHEEL` } : {}),
    });
  } else if (distInfoDirs.length > 1) {
    problems.push({
      rule: 'wheel-multiple-dist-info',
      message: `The wheel has ${distInfoDirs.length} top-level .dist-info directories (${distInfoDirs.join(', ')}); installers require exactly one`,
      fix: 'Rebuild from a clean build directory: a stale .dist-info from an earlier build (another name or version) was packed into this wheel.',
      members: distInfoDirs,
    });
  }

  const text = (file: string): string | undefined => {
    if (distInfoDir === undefined) return undefined;
    const bytes = scan.captured.get(`${distInfoDir}/${file}`);
    if (bytes === undefined) return undefined;
    try {
      return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    } catch {
      problems.push({
        rule: 'wheel-text-encoding',
        message: `${distInfoDir}/${file} is not valid UTF-8`,
        fix: 'Metadata files must be UTF-8; rebuild the wheel with a current build backend.',
        members: [`${distInfoDir}/${file}`],
      });
      return new TextDecoder('utf-8').decode(bytes);
    }
  };
  const metadata = text('METADATA');
  const wheel = text('WHEEL');
  const record = text('RECORD');
  const entryPoints = text('entry_points.txt');

  return {
    members,
    entries: scan.members,
    distInfoDirs,
    ...(expectedDistInfoDir !== undefined ? { expectedDistInfoDir } : {}),
    ...(distInfoDir !== undefined ? { distInfoDir } : {}),
    ...(metadata !== undefined ? { metadata } : {}),
    ...(wheel !== undefined ? { wheel } : {}),
    ...(record !== undefined ? { record } : {}),
    ...(entryPoints !== undefined ? { entryPoints } : {}),
    readable: scan.readable,
    problems,
    ...(scan.digests ? { digests: scan.digests } : {}),
  };
}

/** warehouse: `name, version, _ = filename.split("-", 2)` → `{name}-{version}.dist-info`. */
export function expectedDistInfo(filename: string): string | undefined {
  const parts = filename.split('-');
  if (parts.length < 3) return undefined;
  return `${parts[0]}-${parts[1]}.dist-info`;
}
