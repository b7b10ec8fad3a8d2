/**
 * PyPI's JSON API (`/pypi/<project>/<version>/json`), PyPI's own and no
 * standard: read only for what the simple API cannot tell, each file's upload
 * time where the simple page gives none (PyPI's 14-day rule; telling a 200 for
 * a file already there from a fresh upload). The answer is validated rather
 * than trusted.
 */
import { normalizeName } from '../distributions/index.js';
import { UserError } from '../errors.js';
import { HttpStatusError, parseRetryAfter, request, type Transport } from '../http/index.js';
import { answerMessage, headerText, readAnswer } from './answers.js';
import type { IndexFile, IndexRelease } from './listing.js';

export function releaseJsonUrl(jsonBase: URL, project: string, version: string): URL {
  return new URL(`${encodeURIComponent(normalizeName(project))}/${encodeURIComponent(version)}/json`, jsonBase);
}

const HEX64 = /^[0-9a-f]{64}$/i;

/** Parses a release JSON document; throws on anything that is not one. */
export function parseReleaseJson(text: string, source: string): IndexFile[] {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    throw new UserError(`${source} did not answer with JSON; is the json-api-url right? (It should be the index's …/pypi/ base.)`);
  }
  const urls = (data as { urls?: unknown })?.urls;
  if (!Array.isArray(urls)) throw new UserError(`${source} is not a PyPI JSON API release document (no "urls" list); set json-api-url to the index's …/pypi/ base.`);
  return urls.map((entry: unknown, i) => {
    const e = (entry ?? {}) as Record<string, unknown>;
    const digests = (e.digests ?? {}) as Record<string, unknown>;
    const sha256 = typeof digests.sha256 === 'string' ? digests.sha256 : undefined;
    if (typeof e.filename !== 'string' || !sha256 || !HEX64.test(sha256)) {
      throw new UserError(`${source}: urls[${i}] lacks a filename or a sha256 digest; the index's JSON API cannot be used to verify files.`);
    }
    const blake = typeof digests.blake2b_256 === 'string' && HEX64.test(digests.blake2b_256) ? digests.blake2b_256.toLowerCase() : undefined;
    const when = typeof e.upload_time_iso_8601 === 'string' ? e.upload_time_iso_8601 : typeof e.upload_time === 'string' ? `${e.upload_time}Z` : undefined;
    const uploadTime = when !== undefined && !Number.isNaN(Date.parse(when)) ? new Date(when) : undefined;
    return {
      filename: e.filename,
      sha256: sha256.toLowerCase(),
      ...(blake ? { blake2b256: blake } : {}),
      ...(typeof e.size === 'number' ? { size: e.size } : {}),
      ...(typeof e.packagetype === 'string' ? { packagetype: e.packagetype } : {}),
      ...(uploadTime ? { uploadTime } : {}),
      ...(typeof e.url === 'string' ? { url: e.url } : {}),
    };
  });
}

export interface FetchReleaseOptions {
  /** `Basic …` for the API's origin (a private index). */
  authorization?: string;
  /** Silence allowed; the whole read, body included, gets twice as long. Default 30 s. */
  timeoutMs?: number;
  signal?: AbortSignal;
  transport?: Transport;
}

/** The most a release document may hold (a release with thousands of files is a few MiB). */
export const MAX_RELEASE_JSON_BYTES = 32 * 1024 * 1024;

/**
 * One GET of a release. 404 means nothing is there; a same-origin redirect (a
 * non-normalized name) is followed, since nothing secret travels with it;
 * other answers throw HttpStatusError (retryable for 429/5xx).
 */
export async function fetchRelease(jsonBase: URL, project: string, version: string, opts: FetchReleaseOptions = {}): Promise<IndexRelease> {
  let url = releaseJsonUrl(jsonBase, project, version);
  for (let hops = 0; ; hops++) {
    const answer = await request(url, {
      headers: { Accept: 'application/json', 'Cache-Control': 'no-cache', 'User-Agent': USER_AGENT },
      ...(opts.authorization ? { credentials: { Authorization: opts.authorization } } : {}),
      timeouts: { idleMs: opts.timeoutMs ?? 30_000, deadlineMs: (opts.timeoutMs ?? 30_000) * 2 },
      ...(opts.signal ? { signal: opts.signal } : {}),
      ...(opts.transport ? { transport: opts.transport } : {}),
    });
    // A 200 is the document, whole or not at all; of any other answer its message is enough.
    const res = await readAnswer(answer, answer.status === 200 ? { maxBytes: MAX_RELEASE_JSON_BYTES } : { maxBytes: 256 * 1024, overflow: 'truncate' });
    if (res.status === 404) return { found: false, files: [], source: url.href };
    if (res.status >= 300 && res.status < 400) {
      const location = headerText(res.headers.location);
      const next = location ? new URL(location, url) : undefined;
      if (!next || next.origin !== url.origin || hops >= 3) {
        throw new UserError(`${url.href} redirected to ${next?.href ?? 'nowhere'}; set json-api-url to the index's JSON API base.`);
      }
      url = next;
      continue;
    }
    if (res.status !== 200) {
      const retryAfter = parseRetryAfter(headerText(res.headers['retry-after']));
      throw new HttpStatusError(res.status, `GET ${url.href} answered ${res.status}: ${answerMessage(res)}`, retryAfter);
    }
    return { found: true, files: parseReleaseJson(res.body.toString('utf8'), url.href), source: url.href };
  }
}

export const USER_AGENT = 'python-release-actions (pypi-publish)';
