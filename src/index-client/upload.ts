/**
 * One upload attempt to the legacy API: the form twine sends, streamed from
 * disk with an exact Content-Length, HTTP Basic `__token__`, no redirect
 * followed. The answer is sorted into what the publisher must do next:
 * accepted, "already exists" (resolved by the caller against the JSON API),
 * refused for good, or worth another attempt (and whether the index may have
 * stored the file despite the failure).
 */
import type { DistributionInfo } from '../distributions/index.js';
import { HttpError, isRetryableStatus, isTransientNetworkError, parseRetryAfter, request, transferDeadlineMs, type Transport } from '../http/index.js';
import { clip } from '../text/untrusted.js';
import { answerMessage, headerText, readAnswer, redirectMessage, saysAlreadyExists } from './answers.js';
import { uploadFields } from './form.js';
import { multipartBody } from './multipart.js';
import { USER_AGENT } from './json-api.js';

export type UploadAnswer =
  /** `serverDate`: the answer's Date header, the index's own clock (to the second). */
  | { kind: 'accepted'; warnings: string; serverDate?: Date }
  | { kind: 'exists'; message: string }
  | { kind: 'refused'; status: number; message: string };

/** An attempt that may succeed if repeated. */
export class RetryableUploadError extends Error {
  constructor(
    message: string,
    /** The whole file reached the index, which may have stored it: look before uploading again. */
    readonly ambiguous: boolean,
    readonly retryAfterMs?: number,
    readonly status?: number,
  ) {
    super(message);
    this.name = 'RetryableUploadError';
  }
}

export interface UploadAttemptOptions {
  uploadUrl: URL;
  /** `Basic …`; sent to the upload URL only. */
  authorization?: string;
  /** No progress in either direction for this long aborts the attempt. Default 300 s. */
  idleTimeoutMs?: number;
  /**
   * The attempt, answer included, ends within this long. At most the transfer
   * deadline for the body's size (timeouts.ts), which is the default.
   */
  deadlineMs?: number;
  transport?: Transport;
  onProgress?: (sentFileBytes: number) => void;
  signal?: AbortSignal;
  /** Precomputed fields (tests); default uploadFields(info, attestations). */
  fields?: [string, string][];
  /** The distribution's PEP 740 attestations (parsed attestation files), sent in the form. */
  attestations?: unknown[];
  /**
   * Awaited before the body's last bytes go out (multipart.ts): the index cannot store the file
   * before it resolves. When it rejects, the attempt ends before the body is complete and
   * uploadAttempt rejects with that same error. `signal` aborts once the attempt is over.
   */
  holdLast?: (signal?: AbortSignal) => Promise<void>;
}

export async function uploadAttempt(info: DistributionInfo, opts: UploadAttemptOptions): Promise<UploadAnswer> {
  const body = multipartBody(opts.fields ?? uploadFields(info, opts.attestations), {
    field: 'content',
    filename: info.filename,
    contentType: 'application/octet-stream',
    path: info.path,
    size: info.size,
  });
  let res;
  let held: { error: unknown } | undefined;
  const holdLast = opts.holdLast
    ? (signal?: AbortSignal) => opts.holdLast!(signal).catch((error: unknown) => {
      held = { error };
      throw error;
    })
    : undefined;
  try {
    // A streamed body: never sent to wherever a redirect points (the credentials stay with the upload URL).
    const answer = await request(opts.uploadUrl, {
      method: 'POST',
      headers: {
        'Content-Type': body.contentType,
        'Content-Length': body.length,
        'User-Agent': USER_AGENT,
      },
      ...(opts.authorization ? { credentials: { Authorization: opts.authorization } } : {}),
      send: (req, signal) => body.writeTo(req, { ...(opts.onProgress ? { onFileBytes: opts.onProgress } : {}), ...(holdLast ? { holdLast } : {}), signal }),
      timeouts: {
        idleMs: opts.idleTimeoutMs ?? 300_000,
        deadlineMs: Math.min(opts.deadlineMs ?? Infinity, transferDeadlineMs(body.length)),
      },
      ...(opts.signal ? { signal: opts.signal } : {}),
      ...(opts.transport ? { transport: opts.transport } : {}),
    });
    res = await readAnswer(answer, { maxBytes: 256 * 1024, overflow: 'truncate' });
  } catch (err) {
    // The hold ended the attempt before the body was complete: the index cannot have stored it.
    if (held) throw held.error;
    // The whole file reached the index before the failure: it may have stored it.
    if (err instanceof HttpError && isTransientNetworkError(err)) throw new RetryableUploadError(err.message, err.bodySent);
    throw err;
  }

  const url = opts.uploadUrl.href;
  if (res.status >= 200 && res.status < 300) {
    const date = Date.parse(headerText(res.headers.date) ?? '');
    return { kind: 'accepted', warnings: clip(res.body.toString('utf8').trim()), ...(Number.isNaN(date) ? {} : { serverDate: new Date(date) }) };
  }
  if (res.status >= 300 && res.status < 400) {
    return { kind: 'refused', status: res.status, message: redirectMessage(url, headerText(res.headers.location)) };
  }
  const message = answerMessage(res);
  if (saysAlreadyExists(res)) return { kind: 'exists', message };
  if (isRetryableStatus(res.status)) {
    // The index answered after reading the whole body: a 5xx may come after the file was stored.
    const retryAfter = parseRetryAfter(headerText(res.headers['retry-after']));
    throw new RetryableUploadError(`${res.status} ${message}`, res.status >= 500, retryAfter, res.status);
  }
  return { kind: 'refused', status: res.status, message: refusalText(opts.uploadUrl, res.status, message) };
}

/** twine's special cases for a wrong URL, otherwise the index's own words. */
function refusalText(url: URL, status: number, message: string): string {
  if (status === 410 && /pypi\.python\.org/.test(url.hostname)) {
    return `${message}\nIt appears you're uploading to pypi.python.org (or testpypi.python.org). You've received a 410 error response. Uploading to those sites is deprecated. The new sites are pypi.org and test.pypi.org. Use repository: pypi or testpypi.`;
  }
  if (status === 405 && /pypi\.org$/.test(url.hostname)) {
    return `${message}\nIt appears you're trying to upload to pypi.org but have an invalid URL. You probably want one of these two URLs: https://upload.pypi.org/legacy/ or https://test.pypi.org/legacy/. Use repository: pypi or testpypi.`;
  }
  return message;
}
