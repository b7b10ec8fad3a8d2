/**
 * What an index holds for one release, read from its simple API: each file
 * the project page lists under that version, with its sha256, its URL and,
 * where the page gives them (PEP 700), its size and upload time. The
 * publisher's preflight, its digest-resolved skips and its check after the
 * uploads all rest on this.
 */
import type { Transport } from '../http/index.js';
import { fetchSimplePage, projectPageUrl, releaseFiles, type SimplePageAnswer } from './simple-api.js';

export interface IndexFile {
  filename: string;
  /** Lower-case hex. */
  sha256: string;
  blake2b256?: string;
  size?: number;
  packagetype?: string;
  uploadTime?: Date;
  url?: string;
}

export interface IndexRelease {
  /** False when no file of the release is listed (the project page may be missing altogether). */
  found: boolean;
  files: IndexFile[];
  /** The page that was read (credentials removed). */
  source: string;
  /** The page answered 404/410: the index lists nothing of the project. */
  projectMissing?: boolean;
  /** Files of the release the page lists without a sha256: what they hold cannot be told from the listing. */
  unhashed?: string[];
}

export interface ListingOptions {
  /** `Basic …` for the page's origin (a private index). */
  authorization?: string;
  timeoutMs?: number;
  signal?: AbortSignal;
  transport?: Transport;
}

/** One read of the project page, narrowed to one release. Failures throw (HttpStatusError, HttpError, UserError) for the caller's retry policy. */
export async function readListedRelease(simpleUrl: URL, project: string, version: string, opts: ListingOptions = {}): Promise<IndexRelease> {
  const url = projectPageUrl(simpleUrl, project);
  const answer = await fetchSimplePage(url, {
    ...(opts.authorization ? { authorization: opts.authorization } : {}),
    ...(opts.timeoutMs !== undefined ? { timeoutMs: opts.timeoutMs } : {}),
    ...(opts.signal ? { signal: opts.signal } : {}),
    ...(opts.transport ? { transport: opts.transport } : {}),
  });
  return listedRelease(answer, project, version);
}

/** A project page's answer narrowed to one release. */
export function listedRelease(answer: SimplePageAnswer, project: string, version: string): IndexRelease {
  if (!answer.found) return { found: false, files: [], source: answer.url, projectMissing: true };
  const listed = releaseFiles(answer.page.files, project, version);
  const files: IndexFile[] = [];
  const unhashed: string[] = [];
  for (const f of listed) {
    if (!f.sha256) {
      unhashed.push(f.filename);
      continue;
    }
    files.push({
      filename: f.filename,
      sha256: f.sha256,
      url: f.url,
      ...(f.size !== undefined ? { size: f.size } : {}),
      ...(f.uploadTime ? { uploadTime: f.uploadTime } : {}),
      packagetype: f.filename.endsWith('.whl') ? 'bdist_wheel' : 'sdist',
    });
  }
  return { found: listed.length > 0, files, source: answer.page.url, ...(unhashed.length > 0 ? { unhashed } : {}) };
}
