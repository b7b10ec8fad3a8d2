/**
 * What the target index holds, as the publisher reads it: a release's files
 * from the standard simple API (the one source of truth, on every index),
 * with reads retried within bounds and credentials sent to the index's own
 * origins only; and, for what the simple API may not tell (a file's upload
 * time), PyPI's JSON API where the index has one. An index without upload
 * times is said to be one, never guessed about.
 */
import { UserError } from '../../errors.js';
import { describeError, HttpError, HttpStatusError, httpRetryDecision, withRetry, type RetryOptions } from '../../http/index.js';
import {
  fetchRelease,
  fetchSimplePage,
  listedRelease,
  projectPageUrl,
  readListedRelease,
  type IndexEndpoints,
  type IndexRelease,
  type SimplePageAnswer,
} from '../../index-client/index.js';
import type { Logger } from '../../log.js';
import type { ReleaseKey } from './plan.js';

const READ_RETRY: RetryOptions = { maxAttempts: 8, baseDelayMs: 500, maxDelayMs: 15_000, maxElapsedMs: 5 * 60_000 };

export interface IndexStateOptions {
  index: IndexEndpoints;
  /**
   * `Basic …` per origin: the credentials each origin of the index may see (the upload
   * credentials on the upload URL's origin, those of index-url on its own). Nothing else
   * gets any, and the HTTP layer never lets them follow a redirect to another host.
   */
  credentials: Map<string, string>;
  log: Logger;
  retry?: Partial<RetryOptions>;
}

/** Why upload times are unknown for a release, or undefined when every listed file has one. */
export type UploadTimes = { known: true } | { known: false; why: string };

/**
 * Project pages read once each, early, without retries: the reads overlap the preflight, which
 * over the internet hides their round trips. Each is used at most once, by the first look at a
 * release of its project; a read that failed or is not ready is simply done again then.
 */
export class PageReadAhead {
  constructor(private readonly pages: Map<string, Promise<SimplePageAnswer | undefined>>) {}

  take(pageUrl: string): Promise<SimplePageAnswer | undefined> | undefined {
    const page = this.pages.get(pageUrl);
    this.pages.delete(pageUrl);
    return page;
  }
}

export class IndexState {
  constructor(private readonly opts: IndexStateOptions) {}

  /**
   * Starts reading the pages of `projects` now (a read changes nothing on the index); `signal`
   * ends whatever is still in flight once the caller is done.
   */
  readAhead(projects: string[], signal: AbortSignal): PageReadAhead {
    const pages = new Map<string, Promise<SimplePageAnswer | undefined>>();
    const authorization = this.authorizationFor(this.opts.index.simpleUrl);
    for (const project of projects) {
      const url = projectPageUrl(this.opts.index.simpleUrl, project);
      if (pages.has(url)) continue;
      pages.set(url, fetchSimplePage(url, { ...(authorization ? { authorization } : {}), signal }).catch(() => undefined));
    }
    return new PageReadAhead(pages);
  }

  private authorizationFor(url: URL): string | undefined {
    return this.opts.credentials.get(url.origin);
  }

  /** The release as the project page lists it now, read with retries (or as `early` read it). */
  async release(key: ReleaseKey, early?: PageReadAhead): Promise<IndexRelease> {
    const { index, log } = this.opts;
    const page = projectPageUrl(index.simpleUrl, key.project);
    const ahead = await early?.take(page);
    if (ahead) return listedRelease(ahead, key.project, key.version);
    const what = `GET ${page}`;
    const authorization = this.authorizationFor(index.simpleUrl);
    try {
      return await withRetry(
        () => readListedRelease(index.simpleUrl, key.project, key.version, authorization ? { authorization } : {}),
        httpRetryDecision,
        { ...READ_RETRY, what, ...this.opts.retry },
        log,
      );
    } catch (err) {
      if (err instanceof UserError) throw err;
      if (err instanceof HttpStatusError && (err.status === 401 || err.status === 403)) {
        // Credentials were sent: they are what was refused. None were: the page needs some.
        throw new UserError(authorization
          ? `The index refused to show ${key.project}: ${err.message}. The credentials sent to ${index.simpleUrl.origin} were refused: `
            + 'check that the user and password (or token) are current and may read this project.'
          : `The index refused to show ${key.project}: ${err.message}. No credentials were sent to ${index.simpleUrl.origin}: a private index needs them for reads too. `
            + `The user and password go to ${index.uploadUrl.origin} only (trusted publishing sends none to reads), so when the simple index lives elsewhere, `
            + 'put credentials into index-url (https://user:password@host/simple/; they are masked).');
      }
      const reason = err instanceof HttpError ? err.message : describeError(err);
      throw new UserError(`Could not read what the index holds: ${reason}. Rerun when the index answers; files already published are skipped.`);
    }
  }

  /**
   * Fills in the upload time of each listed file of `release` that the simple page gave none
   * (PEP 700's `upload-time` comes with JSON pages only), from PyPI's JSON API where the index
   * has one. PyPI and TestPyPI must answer; any other index may simply have no JSON API.
   */
  async fillUploadTimes(key: ReleaseKey, release: IndexRelease): Promise<UploadTimes> {
    const missing = release.files.filter((f) => !f.uploadTime);
    if (missing.length === 0) return { known: true };
    const { index, log } = this.opts;
    const fromPage = `${release.source} gives no upload times`;
    if (!index.jsonUrl) return { known: false, why: `${fromPage}, and the index has no JSON API this action knows of (json-api-url)` };
    const authorization = this.authorizationFor(index.jsonUrl);
    let times: Map<string, Date>;
    try {
      const doc = await withRetry(
        () => fetchRelease(index.jsonUrl!, key.project, key.version, authorization ? { authorization } : {}),
        httpRetryDecision,
        { ...READ_RETRY, what: `GET ${index.jsonUrl.href}${key.project}/${key.version}/json`, ...this.opts.retry },
        log,
      );
      if (!doc.found) {
        if (index.name !== 'custom') return { known: false, why: `${fromPage}, and ${doc.source} does not list the release yet` };
        return { known: false, why: `${fromPage}, and ${doc.source} answered 404 (no JSON API there)` };
      }
      times = new Map(doc.files.filter((f) => f.uploadTime).map((f) => [f.filename, f.uploadTime!]));
    } catch (err) {
      const reason = err instanceof Error ? err.message : String(err);
      if (index.name === 'custom') return { known: false, why: `${fromPage}, and its JSON API could not be read (${reason})` };
      throw new UserError(`Could not read upload times from PyPI's JSON API: ${reason}. Rerun when the index answers; files already published are skipped.`);
    }
    for (const f of missing) {
      const t = times.get(f.filename);
      if (t) f.uploadTime = t;
    }
    return release.files.every((f) => f.uploadTime)
      ? { known: true }
      : { known: false, why: `${fromPage}, and its JSON API does not list ${release.files.filter((f) => !f.uploadTime).map((f) => f.filename).join(', ')}` };
  }
}
