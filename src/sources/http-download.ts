/**
 * Downloading one file over HTTP(S) so that the destination only ever holds
 * complete, checked bytes: the checked atomic writer (src/files/checked-file.ts)
 * writes and hashes the bytes into a part file beside the destination, checks
 * them and renames them into place; this module adds resuming with Range after
 * a dropped connection, and starting over when a server cannot resume.
 */
import { basename } from 'node:path';
import { isDiskError } from '../files/atomic-write.js';
import { CheckedFile } from '../files/checked-file.js';
import { UserError } from '../errors.js';
import type { Logger } from '../log.js';
import {
  DEFAULT_RETRY,
  describeError,
  discard,
  HttpError,
  HttpStatusError,
  httpRetryDecision,
  MAX_TRANSFER_MS,
  parseRetryAfter,
  redactUrl,
  request,
  transferDeadlineMs,
  TransientError,
  withRetry,
  type RetryOptions,
  type Transport,
} from '../http/index.js';
import { formatBytes } from '../units.js';
import type { DownloadResult } from './types.js';

export type { DownloadResult } from './types.js';

/**
 * Request headers for one attempt at `url`. A function, because signatures
 * (S3 SigV4) carry a timestamp and the path they sign, so each attempt and
 * each same-origin redirect needs fresh ones.
 */
export type HeaderProvider = (url: URL, attempt: number) => Record<string, string> | Promise<Record<string, string>>;

export interface DownloadOptions {
  /** From the listing; the download fails unless exactly this many bytes arrive. */
  expectedSize?: number;
  /** Without a listed size: the most bytes accepted; a longer file fails the download. */
  maxBytes?: number;
  /** Lowercase or uppercase hex; the download fails unless the bytes hash to it. */
  expectedSha256?: string;
  /**
   * The MD5 the listing gives for the whole file (a single-part S3 ETag), lowercase hex. Held
   * against a file put together from more than one response: a resumed range can splice in bytes
   * a server got wrong, and then the download starts over, in one piece. A file that came in one
   * response is not held to it: objects encrypted with SSE-KMS or SSE-C have ETags that are not
   * their MD5. The MD5 is made only then, from the file put together.
   */
  md5IfResumed?: string;
  /** Sent to the URL's own origin only, never to another host a redirect points at. */
  headers?: Record<string, string> | HeaderProvider;
  /** Shorthand for retry.maxAttempts; default 5. */
  maxAttempts?: number;
  log: Logger;
  onProgress?: (bytes: number, total?: number) => void;
  signal?: AbortSignal;
  /** The wire; tests give a fake one. */
  transport?: Transport;
  /** Default: 5 attempts within 30 minutes. */
  retry?: Partial<RetryOptions>;
  /** An attempt that receives nothing for this long is abandoned and retried; default 60 s. */
  idleTimeoutMs?: number;
  /** Default 5. */
  maxRedirects?: number;
}

interface PartState {
  /** Writes the part file and hashes the same bytes. */
  file: CheckedFile;
  /** Bytes handed to `file`: written unless `file.error()` says otherwise. */
  have: number;
  /** The server said it honours byte ranges (Accept-Ranges: bytes, or it sent a 206). */
  resumable: boolean;
  /** A strong validator, sent as If-Range so a resumed range cannot splice two versions of the file. */
  validator?: string;
  total?: number;
  resumes: number;
}

async function restart(state: PartState): Promise<void> {
  await state.file.restart();
  state.have = 0;
  state.resumes = 0;
  state.resumable = false;
  state.validator = undefined;
  state.total = undefined;
}

/** `bytes 100-199/1000` → { start: 100, total: 1000 }; total undefined for `*`. */
export function parseContentRange(value: string | null): { start: number; end: number; total?: number } | undefined {
  const m = /^bytes\s+(\d+)-(\d+)\/(\d+|\*)$/i.exec(value?.trim() ?? '');
  if (!m) return undefined;
  return { start: Number(m[1]), end: Number(m[2]), total: m[3] === '*' ? undefined : Number(m[3]) };
}

function statusError(status: number, statusText: string, url: URL, retryAfter: string | null): HttpStatusError {
  return new HttpStatusError(status, `${status} ${statusText || ''}`.trim() + ` from ${redactUrl(url)}`, parseRetryAfter(retryAfter));
}

function toUserError(err: unknown, url: URL, attempts: number): unknown {
  if (err instanceof UserError) return err;
  const where = redactUrl(url);
  if (err instanceof HttpError && err.code === 'EREDIRECT') {
    return new UserError(`Downloading ${where} failed: ${err.message}. Use a URL that answers without such a redirect.`);
  }
  const tries = attempts === 1 ? '1 attempt' : `${attempts} attempts`;
  if (err instanceof HttpStatusError) {
    if (err.status === 404 || err.status === 410) {
      return new UserError(`Downloading ${where} failed: ${err.status}, the file is not there. Check that the listing is current and re-run.`);
    }
    if (err.status === 401 || err.status === 403) {
      return new UserError(`Downloading ${where} failed: ${err.status}, access denied. The file is not public; give credentials that may read it.`);
    }
    if (err.status >= 500 || err.status === 429 || err.status === 408) {
      return new UserError(`Downloading ${where} failed after ${tries}: the server kept answering ${err.message.split(' from ')[0]}. Try again later.`);
    }
    return new UserError(`Downloading ${where} failed: ${err.message}.`);
  }
  const e = (err ?? {}) as { name?: unknown; code?: unknown; message?: unknown };
  if (e.name === 'AbortError') return err;
  return new UserError(`Downloading ${where} failed after ${tries}: ${describeError(err)}. Check the network and the server, then re-run.`);
}

/**
 * Downloads `url` to `dest`. Retries dropped connections, stalls, truncated
 * bodies, 408/429/5xx (honouring Retry-After); resumes from the bytes already
 * on disk when the server supports ranges; never leaves a partial file at
 * `dest`. Memory stays flat whatever the file size.
 */
export async function downloadFile(url: string, dest: string, opts: DownloadOptions): Promise<DownloadResult> {
  const start = new URL(url);
  const idleTimeoutMs = opts.idleTimeoutMs ?? 60_000;
  const retry: RetryOptions = {
    ...DEFAULT_RETRY,
    maxElapsedMs: MAX_TRANSFER_MS,
    ...opts.retry,
    maxAttempts: opts.maxAttempts ?? opts.retry?.maxAttempts ?? DEFAULT_RETRY.maxAttempts,
    signal: opts.signal,
    what: `GET ${redactUrl(start)}`,
  };
  const name = basename(dest);
  const md5 = opts.md5IfResumed?.toLowerCase();
  let state: PartState;
  /** False once a resumed download failed its MD5: from then on every attempt starts at byte 0. */
  let resuming = true;
  let attempts = 0;

  const headersFor = async (u: URL, attempt: number): Promise<Record<string, string>> => {
    const h = opts.headers;
    if (!h) return {};
    return typeof h === 'function' ? await h(u, attempt) : h;
  };

  const attemptOnce = async (attempt: number, remainingMs: number): Promise<void> => {
    attempts = attempt;
    if (state.have > 0 && !state.resumable) await restart(state);
    let reader: ReadableStreamDefaultReader<Uint8Array> | undefined;
    try {
      const extra: Record<string, string> = { 'accept-encoding': 'identity' };
      const asked = state.have;
      if (asked > 0) {
        extra.range = `bytes=${asked}-`;
        if (state.validator) extra['if-range'] = state.validator;
        state.resumes++;
        opts.log.info(`${name}: resuming at byte ${asked}${state.total !== undefined ? ` of ${state.total}` : ''}`);
      }
      // The caller's headers (credentials) go to the URL's own origin only, never to storage a redirect points at.
      const response = await request(start, {
        headers: extra,
        credentials: (u) => headersFor(u, attempt),
        redirect: 'follow',
        maxRedirects: opts.maxRedirects ?? 5,
        timeouts: {
          idleMs: idleTimeoutMs,
          deadlineMs: Math.min(remainingMs, transferDeadlineMs((state.total ?? opts.expectedSize ?? opts.maxBytes ?? Infinity) - asked)),
        },
        ...(opts.signal ? { signal: opts.signal } : {}),
        ...(opts.transport ? { transport: opts.transport } : {}),
      });
      const finalUrl = response.url;
      const encoded = (response.headers.get('content-encoding') ?? 'identity').toLowerCase() !== 'identity';
      const length = response.headers.get('content-length');
      if (response.status === 200) {
        if (asked > 0) {
          opts.log.info(`${name}: the server sent the whole file instead of the rest; starting over`);
          await restart(state);
        }
        // A content coding (identity was asked for) makes lengths and ranges count coded bytes, not the file's.
        state.total = !encoded && length !== null ? Number(length) : undefined;
        state.resumable = resuming && !encoded && (response.headers.get('accept-ranges') ?? '').toLowerCase() === 'bytes';
        const etag = response.headers.get('etag');
        state.validator = etag && !etag.startsWith('W/') ? etag : undefined;
      } else if (response.status === 206) {
        const range = parseContentRange(response.headers.get('content-range'));
        if (!range || range.start !== asked || encoded) {
          await discard(response);
          await restart(state);
          throw new TransientError(`the server answered a range request with bytes from ${range?.start ?? 'an unknown offset'} instead of ${asked}; starting over`);
        }
        state.total = range.total ?? state.total;
        state.resumable = true;
      } else if (response.status === 416 && asked > 0) {
        await discard(response);
        await restart(state);
        throw new TransientError('the server refused to resume (416); starting over');
      } else {
        await discard(response);
        throw statusError(response.status, response.statusText, finalUrl, response.headers.get('retry-after'));
      }
      if (opts.expectedSize === undefined && opts.maxBytes !== undefined && state.total !== undefined && state.total > opts.maxBytes) {
        await discard(response);
        throw new UserError(`${name}: the server announces ${formatBytes(state.total)}, more than the ${formatBytes(opts.maxBytes)} accepted for one file. Refusing it.`);
      }
      if (opts.expectedSize !== undefined && state.total !== undefined && state.total !== opts.expectedSize) {
        await discard(response);
        throw new UserError(
          `${name}: the server announces ${state.total} bytes but the listing said ${opts.expectedSize}. ` +
            'The file changed after it was listed; re-run to list and fetch it again.',
        );
      }
      opts.onProgress?.(state.have, state.total ?? opts.expectedSize);
      if (!response.body) throw new TransientError('the response had no body');
      reader = response.body.getReader();
      for (;;) {
        const { done, value } = await reader.read();
        if (done) break;
        if (opts.expectedSize === undefined && opts.maxBytes !== undefined && state.have + value.byteLength > opts.maxBytes) {
          throw new UserError(`${name}: the server sent more than the ${formatBytes(opts.maxBytes)} accepted for one file. Refusing it.`);
        }
        const limit = state.total ?? opts.expectedSize;
        if (limit !== undefined && state.have + value.byteLength > limit) {
          await restart(state);
          throw new TransientError(`received more bytes than the ${limit} announced; starting over`);
        }
        state.file.write(value);
        state.have += value.byteLength;
        opts.onProgress?.(state.have, state.total ?? opts.expectedSize);
        // A failed write (a full disk) ends the download now, not after the rest has arrived;
        // a lost hashing worker costs only a fresh start (on this thread, from then on).
        const failed = state.file.error();
        if (failed && isDiskError(failed)) throw failed;
        if (failed) {
          await restart(state);
          throw new TransientError(`hashing the download failed (${failed.message}); starting over`);
        }
        const wait = state.file.ready();
        if (wait) await wait;
      }
      const want = state.total ?? opts.expectedSize;
      if (want !== undefined && state.have < want) {
        throw new TransientError(`the connection closed after ${state.have} of ${want} bytes`);
      }
    } catch (err) {
      if (opts.signal?.aborted) throw opts.signal.reason ?? err;
      throw err;
    } finally {
      reader?.cancel().catch(() => {});
    }
  };

  for (;;) {
    const file = await CheckedFile.create(dest, { expectedSize: opts.expectedSize, expectedSha256: opts.expectedSha256 });
    state = { file, have: 0, resumable: false, resumes: 0 };
    try {
      try {
        await withRetry(attemptOnce, httpRetryDecision, retry, opts.log);
      } catch (err) {
        // A cancelled download is the caller's decision, not a failure to explain.
        throw opts.signal?.aborted ? err : toUserError(err, start, attempts);
      }
      let written;
      let spliced = false;
      try {
        written = await state.file.commit(async (d) => {
          if (state.resumes > 0 && md5 !== undefined && (await d.md5()) !== md5) {
            spliced = true;
            throw new TransientError('spliced');
          }
        });
      } catch (err) {
        if (!spliced) throw toUserError(err, start, attempts);
      }
      if (written) {
        if (state.resumes > 0) opts.log.debug(`${name}: complete after ${state.resumes} resume(s)`);
        return { path: dest, size: written.size, sha256: written.sha256, attempts };
      }
      opts.log.warning(
        `${name}: the file put together from ${state.resumes + 1} responses does not have the MD5 its listing gives (${md5}); ` +
          'a resumed range brought other bytes. Fetching it again, in one piece.',
      );
      resuming = false;
    } finally {
      await state.file.discard();
    }
  }
}
