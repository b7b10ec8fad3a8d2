/**
 * Preflight against the index: given what the index already holds for each
 * release (its simple API), decide for every local file whether it is already
 * there byte for byte (skip) or must be uploaded, and find everything the
 * index would refuse part-way through — a used filename with other bytes, the
 * same bytes under another name, a second sdist, a release closed by PyPI's
 * 14-day rule — so that it is refused before the first byte goes up.
 */
import type { DistributionInfo } from '../../distributions/index.js';
import { normalizeName, normalizeVersion } from '../../distributions/index.js';
import type { IndexFile, IndexRelease } from '../../index-client/index.js';

/** warehouse MAXIMUM_AGE_FOR_NEW_UPLOADS_DAYS. */
export const CLOSED_RELEASE_DAYS = 14;
const DAY_MS = 24 * 60 * 60 * 1000;

export interface ReleaseKey {
  /** The project name as METADATA writes it. */
  project: string;
  /** PEP 440 normalized. */
  version: string;
}

export interface PlannedFile {
  info: DistributionInfo;
  release: ReleaseKey;
  action: 'upload' | 'present';
  /** The index's record of the file, when present. */
  remote?: IndexFile;
}

export interface IndexProblem {
  file: string;
  message: string;
}

export function releaseKey(info: DistributionInfo): ReleaseKey {
  const meta = info.metadata!;
  return { project: meta.name, version: normalizeVersion(meta.version) ?? meta.version };
}

export function releaseId(key: ReleaseKey): string {
  return `${normalizeName(key.project)} ${key.version}`;
}

function isSdist(filename: string, packagetype?: string): boolean {
  return packagetype === 'sdist' || (packagetype === undefined && /\.(tar\.gz|zip)$/.test(filename));
}

export interface PlanOptions {
  skipExisting: boolean;
  now: Date;
  /** Apply PyPI's 14-day rule: for PyPI and TestPyPI, not for other indexes, which have no such rule. */
  closesOldReleases: boolean;
}

/** `releases` is keyed by releaseId. */
export function planAgainstIndex(files: DistributionInfo[], releases: Map<string, IndexRelease>, opts: PlanOptions): { planned: PlannedFile[]; problems: IndexProblem[] } {
  const planned: PlannedFile[] = [];
  const problems: IndexProblem[] = [];
  for (const info of files) {
    const release = releaseKey(info);
    const listed = releases.get(releaseId(release));
    const remoteFiles = listed?.files ?? [];
    if (listed?.unhashed?.includes(info.filename)) {
      problems.push({
        file: info.filename,
        message: `${info.filename} is already on the index, but ${listed.source} lists it without a sha256, so whether it holds the local bytes (sha256 ${info.sha256}) `
          + 'cannot be told. Download it from the index and compare; if it is the same file, leave it out of this upload (files: !' + info.filename + ').',
      });
      planned.push({ info, release, action: 'upload' });
      continue;
    }
    const same = remoteFiles.find((f) => f.filename === info.filename);
    if (same) {
      if (same.sha256 !== info.sha256) {
        problems.push({
          file: info.filename,
          message: `${info.filename} is already on the index with other bytes: the index has sha256 ${same.sha256}, the local file has sha256 ${info.sha256}. `
            + 'An index never replaces a file, and a filename can never be reused: keep the published file (download it from the index) '
            + 'or publish the new build under a new version.',
        });
      } else if (!opts.skipExisting) {
        problems.push({
          file: info.filename,
          message: `${info.filename} is already on the index with the same sha256 ${info.sha256}, and skip-existing is false. `
            + 'Set skip-existing: true to accept byte-identical files that are already published.',
        });
      }
      planned.push({ info, release, action: 'present', remote: same });
      continue;
    }
    const twin = remoteFiles.find((f) => f.sha256 === info.sha256);
    if (twin) {
      problems.push({
        file: info.filename,
        message: `${info.filename} has exactly the bytes of ${twin.filename}, which is already on the index (sha256 ${info.sha256}). `
          + 'PyPI refuses the same file under a second name ("File already exists"); publish it under one name only.',
      });
    }
    planned.push({ info, release, action: 'upload' });
  }

  // Rules about a release as a whole, for the files that would be uploaded to it.
  const byRelease = new Map<string, PlannedFile[]>();
  for (const p of planned) {
    const id = releaseId(p.release);
    byRelease.set(id, [...(byRelease.get(id) ?? []), p]);
  }
  for (const [id, group] of byRelease) {
    const toUpload = group.filter((p) => p.action === 'upload');
    if (toUpload.length === 0) continue;
    const remoteFiles = releases.get(id)?.files ?? [];
    const times = remoteFiles.map((f) => f.uploadTime?.getTime()).filter((t): t is number => t !== undefined);
    if (opts.closesOldReleases && times.length > 0) {
      const opened = times.reduce((a, b) => Math.min(a, b));
      const ageDays = (opts.now.getTime() - opened) / DAY_MS;
      if (ageDays > CLOSED_RELEASE_DAYS) {
        const { project, version } = group[0].release;
        for (const p of toUpload) {
          problems.push({
            file: p.info.filename,
            message: `${project} ${version} was first uploaded on ${new Date(opened).toISOString().slice(0, 10)}, ${Math.floor(ageDays)} days ago; `
              + `PyPI refuses new files for releases older than ${CLOSED_RELEASE_DAYS} days ("Uploading new files to releases older than 14 days is not allowed."). `
              + 'Publish these files under a new version (for example a post release).',
          });
        }
      }
    }
    const remoteSdist = remoteFiles.find((f) => isSdist(f.filename, f.packagetype));
    for (const p of toUpload) {
      if (remoteSdist && isSdist(p.info.filename)) {
        problems.push({
          file: p.info.filename,
          message: `The release already has the sdist ${remoteSdist.filename}; PyPI takes one sdist per release ("Only one sdist may be uploaded per release."). `
            + 'Leave this sdist out, or publish it under a new version.',
        });
      }
    }
  }
  return { planned, problems };
}
