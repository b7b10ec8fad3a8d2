/**
 * Wheels in an S3 bucket (Ray's ray-wheels layout: releases/<version>/<sha>/,
 * master/<sha>/, latest/): ListObjectsV2 over plain HTTP, anonymous unless
 * credentials are given (then SigV4 via aws4), downloads through
 * http-download. No AWS SDK: it has no anonymous mode and a heavy credential
 * chain we do not want.
 */
import aws4 from 'aws4';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { UserError } from '../errors.js';
import type { Logger } from '../log.js';
import {
  DEFAULT_RETRY,
  describeError,
  HttpError,
  HttpStatusError,
  httpRetryDecision,
  isRetryableStatus,
  parseRetryAfter,
  readText,
  request,
  TransientError,
  withRetry,
  type RetryOptions,
  type Transport,
} from '../http/index.js';
import { clip } from '../text/untrusted.js';
import { downloadFile } from './http-download.js';
import { encodeRfc3986, parseS3Source, s3BucketUrl, s3ObjectUrl, s3Uri, type S3Location } from './s3-location.js';
import type { DownloadResult, FetchFileOptions, RemoteFile, WheelSource } from './types.js';

export { encodeS3Key, parseS3Source, s3BucketUrl, s3ObjectUrl, s3Uri, type S3Location } from './s3-location.js';

export interface AwsCredentials {
  accessKeyId: string;
  secretAccessKey: string;
  sessionToken?: string;
}

/**
 * AWS_ACCESS_KEY_ID / AWS_SECRET_ACCESS_KEY / AWS_SESSION_TOKEN, as
 * aws-actions/configure-aws-credentials exports them. Empty values count as
 * unset, because a workflow that maps a missing secret gets ''.
 */
export function credentialsFromEnv(env: NodeJS.ProcessEnv): AwsCredentials | undefined {
  const accessKeyId = env.AWS_ACCESS_KEY_ID?.trim() || undefined;
  const secretAccessKey = env.AWS_SECRET_ACCESS_KEY?.trim() || undefined;
  const sessionToken = env.AWS_SESSION_TOKEN?.trim() || undefined;
  if (!accessKeyId && !secretAccessKey) return undefined;
  if (!accessKeyId || !secretAccessKey) {
    const missing = accessKeyId ? 'AWS_SECRET_ACCESS_KEY' : 'AWS_ACCESS_KEY_ID';
    const present = accessKeyId ? 'AWS_ACCESS_KEY_ID' : 'AWS_SECRET_ACCESS_KEY';
    throw new UserError(`${present} is set but ${missing} is empty. Set both (check the secret names), or neither to read a public bucket anonymously.`);
  }
  return sessionToken ? { accessKeyId, secretAccessKey, sessionToken } : { accessKeyId, secretAccessKey };
}

/**
 * SigV4 headers for a GET of `url` (path and query exactly as they will be
 * sent). Range and Accept-Encoding are not signed, so the downloader may add
 * them.
 */
export function signS3Get(url: URL, region: string | undefined, credentials: AwsCredentials, now: Date = new Date()): Record<string, string> {
  const amzDate = now.toISOString().replace(/[:-]|\.\d{3}/g, '');
  const signed = aws4.sign(
    {
      host: url.host,
      path: `${url.pathname}${url.search}`,
      method: 'GET',
      service: 's3',
      region: region ?? 'us-east-1',
      headers: { 'X-Amz-Date': amzDate },
    },
    credentials,
  );
  if (signed.path !== `${url.pathname}${url.search}`) {
    // aws4 re-serialises what it signs; our URLs are already canonical, so a difference is a bug here.
    throw new Error(`internal: aws4 signed ${signed.path} instead of ${url.pathname}${url.search}`);
  }
  const headers: Record<string, string> = {};
  for (const [k, v] of Object.entries(signed.headers ?? {})) {
    if (k.toLowerCase() !== 'host' && v !== undefined) headers[k] = String(v);
  }
  return headers;
}

export interface ListS3Options {
  credentials?: AwsCredentials;
  log: Logger;
  transport?: Transport;
  /** Keys per page (1–1000); S3's default 1000 when unset. */
  maxKeys?: number;
  retry?: Partial<RetryOptions>;
  signal?: AbortSignal;
  /** One page request that has not completed after this long is abandoned and retried; default 60 s. */
  timeoutMs?: number;
  /** The most pages read; default MAX_LIST_PAGES. */
  maxPages?: number;
  /** The whole listing, every page and retry, ends within this long; default LIST_DEADLINE_MS. */
  deadlineMs?: number;
}

/** A listing ends after this many pages (100,000 objects at S3's 1000 a page): a server that hands out tokens forever is not S3. */
export const MAX_LIST_PAGES = 100;
/** A listing ends after this long, however many pages it read: 10 minutes. */
export const LIST_DEADLINE_MS = 10 * 60_000;
/** The most one listing page may hold (1000 keys of up to 1 KiB each, and their XML). */
export const MAX_PAGE_BYTES = 16 * 1024 * 1024;
/** What is read of an error answer: enough for S3's <Error> document. */
const MAX_ERROR_BYTES = 64 * 1024;

const parser = new XMLParser({
  ignoreAttributes: true,
  removeNSPrefix: true,
  // Keys such as "0123" or "1e5" must stay strings; whitespace in keys is data.
  parseTagValue: false,
  trimValues: false,
  // Decodes numeric character references, which S3 uses for control characters in keys.
  htmlEntities: true,
  isArray: (_name, jpath) => jpath === 'ListBucketResult.Contents' || jpath === 'ListBucketResult.CommonPrefixes',
});

interface S3ErrorBody {
  code?: string;
  message?: string;
  region?: string;
  endpoint?: string;
}

function text(v: unknown): string | undefined {
  return typeof v === 'string' ? v : typeof v === 'number' ? String(v) : undefined;
}

/** Reads an S3 <Error> document; empty when the body is not one. */
export function parseS3Error(body: string): S3ErrorBody {
  if (!body.trim() || XMLValidator.validate(body) !== true) return {};
  const doc = parser.parse(body) as { Error?: Record<string, unknown> };
  const e = doc.Error;
  if (!e || typeof e !== 'object') return {};
  const field = (v: unknown) => {
    const t = text(v)?.trim();
    return t === undefined ? undefined : clip(t);
  };
  return { code: field(e.Code), message: field(e.Message), region: field(e.Region), endpoint: field(e.Endpoint) };
}

/** The region inside an S3 endpoint host such as ray-wheels.s3-us-west-2.amazonaws.com. */
function regionFromEndpoint(endpoint: string | undefined): string | undefined {
  const m = /(?:^|\.)s3[.-](?:dualstack\.)?([a-z]{2}(?:-[a-z]+)+-\d+)\.amazonaws\.com/.exec(endpoint ?? '');
  return m?.[1];
}

function wrongRegion(loc: S3Location, actual: string | undefined, what: string): UserError {
  const used = loc.region ?? 'us-east-1 (the default)';
  if (actual) {
    return new UserError(
      `${what}: bucket "${loc.bucket}" is in region ${actual}, not ${used}. Use s3-region: ${actual} ` +
        `(or a URL that names it, e.g. https://s3.${actual}.amazonaws.com/${loc.bucket}/${loc.prefix}).`,
    );
  }
  return new UserError(`${what}: S3 says bucket "${loc.bucket}" is not in region ${used} but did not say where it is. Set s3-region to the bucket's region.`);
}

/** Turns a non-200 listing answer into an error that says what to do; 5xx/429 stay retryable. */
function listingError(loc: S3Location, status: number, headers: Headers, body: string, signed: boolean): Error {
  const err = parseS3Error(body);
  const what = `Listing ${s3Uri(loc)}`;
  const detail = err.code ? `${status} ${err.code}${err.message ? `: ${err.message}` : ''}` : `HTTP ${status}`;
  if (isRetryableStatus(status)) {
    return new HttpStatusError(status, detail, parseRetryAfter(headers.get('retry-after')));
  }
  const headerRegion = headers.get('x-amz-bucket-region') ?? undefined;
  if (status === 301 || status === 307 || status === 302 || status === 308 || err.code === 'PermanentRedirect') {
    const actual = headerRegion ?? err.region ?? regionFromEndpoint(err.endpoint);
    if ((actual && actual !== loc.region) || (!actual && err.code === 'PermanentRedirect')) return wrongRegion(loc, actual, what);
    const location = headers.get('location');
    return new UserError(`${what} failed: ${detail}, redirected to ${location ?? 'an unknown place'}. Set s3-endpoint (and s3-region) to where the bucket is served.`);
  }
  if (err.code === 'AuthorizationHeaderMalformed' || err.code === 'IllegalLocationConstraintException') {
    return wrongRegion(loc, err.region ?? headerRegion, what);
  }
  if (err.code === 'NoSuchBucket' || (status === 404 && !err.code)) {
    return new UserError(`${what} failed: bucket "${loc.bucket}" does not exist (${detail}). Check the bucket name${loc.endpoint ? ` and s3-endpoint ${loc.endpoint}` : ''}.`);
  }
  if (status === 403 || status === 401) {
    if (err.code === 'SignatureDoesNotMatch') {
      return new UserError(`${what} failed: ${detail}. AWS_SECRET_ACCESS_KEY does not belong to AWS_ACCESS_KEY_ID; check both secrets.`);
    }
    if (err.code === 'InvalidAccessKeyId' || err.code === 'InvalidToken' || err.code === 'ExpiredToken' || err.code === 'TokenRefreshRequired') {
      return new UserError(`${what} failed: ${detail}. The AWS credentials are unknown or expired; refresh them (e.g. re-run aws-actions/configure-aws-credentials) and re-run.`);
    }
    if (!signed) {
      return new UserError(
        `${what} anonymously was refused (${detail}). Listing needs s3:ListBucket: either the bucket's policy grants it to everyone ` +
          `(Principal "*", Resource arn:aws:s3:::${loc.bucket}), or set AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY ` +
          '(e.g. with aws-actions/configure-aws-credentials) for an identity that has it.',
      );
    }
    return new UserError(
      `${what} was refused (${detail}). The AWS credentials lack s3:ListBucket on arn:aws:s3:::${loc.bucket}` +
        `${loc.prefix ? ` for prefix ${loc.prefix}` : ''}; grant it, or use credentials that have it.`,
    );
  }
  return new UserError(`${what} failed: ${detail}.`);
}

interface Page {
  files: RemoteFile[];
  truncated: boolean;
  next?: string;
}

function decodeKey(raw: string, urlEncoded: boolean): string {
  if (!urlEncoded) return raw;
  try {
    // S3 form-encodes (space as +, + as %2B), like botocore's unquote_plus expects.
    return decodeURIComponent(raw.replace(/\+/g, ' '));
  } catch {
    throw new TransientError(`the listing holds a badly encoded key "${raw}"`);
  }
}

/** One ListObjectsV2 page; malformed XML is retryable (a cut connection), a foreign document is not. */
export function parseListPage(loc: S3Location, body: string): Page {
  const what = `Listing ${s3Uri(loc)}`;
  const valid = XMLValidator.validate(body);
  if (valid !== true) throw new TransientError(`S3 answered 200 with malformed XML (${valid.err.msg})`);
  const doc = parser.parse(body) as { ListBucketResult?: Record<string, unknown>; Error?: Record<string, unknown> };
  if (doc.Error) {
    const err = parseS3Error(body);
    // S3 documents that a 200 may carry an error; InternalError and SlowDown are worth another try.
    if (err.code === 'InternalError' || err.code === 'SlowDown' || err.code === 'ServiceUnavailable') {
      throw new TransientError(`S3 answered 200 with error ${err.code}`);
    }
    throw new UserError(`${what} failed: S3 answered 200 with error ${err.code ?? 'unknown'}${err.message ? `: ${err.message}` : ''}.`);
  }
  const result = doc.ListBucketResult;
  if (!result || typeof result !== 'object') {
    const root = Object.keys(doc).find((k) => k !== '?xml') ?? 'nothing';
    throw new UserError(`${what} failed: the server answered with <${root}>, not an S3 listing. Check that the URL or s3-endpoint points at S3.`);
  }
  const urlEncoded = text(result.EncodingType)?.trim().toLowerCase() === 'url';
  const contents = (result.Contents as Record<string, unknown>[] | undefined) ?? [];
  const files: RemoteFile[] = [];
  for (const c of contents) {
    const raw = text(c.Key);
    if (raw === undefined) throw new TransientError('the listing holds an entry without a key');
    const key = decodeKey(raw, urlEncoded);
    if (!key.startsWith(loc.prefix)) {
      throw new UserError(
        `${what} failed: the server listed the key ${JSON.stringify(key)}, outside the prefix ${JSON.stringify(loc.prefix)} that was asked for. ` +
          'It is not behaving like S3; check the source and s3-endpoint. Nothing was fetched.',
      );
    }
    if (key.endsWith('/')) continue; // a "folder" marker object, not a file
    const size = text(c.Size)?.trim();
    const etag = text(c.ETag)?.trim().replace(/^"|"$/g, '');
    files.push({
      name: key.slice(key.lastIndexOf('/') + 1),
      key,
      size: size && /^\d+$/.test(size) ? Number(size) : undefined,
      url: s3ObjectUrl(loc, key),
      ...(etag ? { etag } : {}),
    });
  }
  const truncated = text(result.IsTruncated)?.trim().toLowerCase() === 'true';
  const next = text(result.NextContinuationToken)?.trim() || undefined;
  return { files, truncated, next };
}

function listUrl(loc: S3Location, token: string | undefined, maxKeys: number | undefined): URL {
  // Built by hand: URLSearchParams writes spaces as '+', which S3 and SigV4 read differently.
  const params: [string, string][] = [['list-type', '2'], ['encoding-type', 'url']];
  if (loc.prefix) params.push(['prefix', loc.prefix]);
  if (maxKeys !== undefined) params.push(['max-keys', String(maxKeys)]);
  if (token !== undefined) params.push(['continuation-token', token]);
  // Sorted, as the canonical request wants, so what aws4 signs is byte-for-byte what we send.
  params.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return new URL(`${s3BucketUrl(loc)}?${params.map(([k, v]) => `${encodeRfc3986(k)}=${encodeRfc3986(v)}`).join('&')}`);
}

/**
 * Every object under `loc.prefix` (all pages of ListObjectsV2), keys decoded,
 * URLs built with each key segment percent-encoded. Anonymous unless
 * `credentials` are given.
 */
export async function listS3(loc: S3Location, opts: ListS3Options): Promise<RemoteFile[]> {
  if (opts.maxKeys !== undefined && !(Number.isInteger(opts.maxKeys) && opts.maxKeys >= 1 && opts.maxKeys <= 1000)) {
    throw new UserError(`max-keys must be a whole number from 1 to 1000, not ${opts.maxKeys}.`);
  }
  const signed = opts.credentials !== undefined;
  const timeoutMs = opts.timeoutMs ?? 60_000;
  const maxPages = opts.maxPages ?? MAX_LIST_PAGES;
  const deadlineMs = opts.deadlineMs ?? LIST_DEADLINE_MS;
  const started = Date.now();
  const files: RemoteFile[] = [];
  const seen = new Set<string>();
  let token: string | undefined;
  let pages = 0;
  const endless = (why: string): UserError =>
    new UserError(
      `Listing ${s3Uri(loc)} ${why} (${pages} page(s), ${files.length} object(s) so far). Either the prefix holds more than a release's wheels ` +
        `(narrow the prefix in source), or the server hands out continuation tokens without end${loc.endpoint ? ` (check s3-endpoint ${loc.endpoint})` : ''}.`,
    );
  for (;;) {
    const left = deadlineMs - (Date.now() - started);
    if (left <= 0) throw endless(`did not end within ${Math.round(deadlineMs / 1000)} s`);
    const url = listUrl(loc, token, opts.maxKeys);
    const retry: RetryOptions = { ...DEFAULT_RETRY, ...opts.retry, maxElapsedMs: left, signal: opts.signal, what: `listing ${s3Uri(loc)}` };
    const page = await withRetry(
      async (_attempt, remainingMs) => {
        // Redirects are not followed: S3 uses them for a wrong region, which the user must fix.
        const res = await request(url, {
          credentials: opts.credentials ? signS3Get(url, loc.region, opts.credentials) : {},
          timeouts: { deadlineMs: Math.min(timeoutMs, remainingMs) },
          ...(opts.signal ? { signal: opts.signal } : {}),
          ...(opts.transport ? { transport: opts.transport } : {}),
        });
        if (res.status !== 200) {
          const body = await readText(res, { maxBytes: MAX_ERROR_BYTES, overflow: 'truncate' });
          throw listingError(loc, res.status, res.headers, body, signed);
        }
        return parseListPage(loc, await readText(res, { maxBytes: MAX_PAGE_BYTES }));
      },
      httpRetryDecision,
      retry,
      opts.log,
    ).catch((err: unknown) => {
      if (err instanceof UserError || opts.signal?.aborted) throw err;
      // A page cut short by the listing's own deadline: the listing as a whole is what ran out.
      if (pages > 0 && Date.now() - started >= deadlineMs - 1000) throw endless(`did not end within ${Math.round(deadlineMs / 1000)} s`);
      if (err instanceof HttpError && err.code === 'EBODYTOOLARGE') {
        throw new UserError(`Listing ${s3Uri(loc)} failed: ${err.message}. An S3 listing page is at most a few MiB; check s3-endpoint.`);
      }
      throw new UserError(`Listing ${s3Uri(loc)} failed: ${describeError(err)}. Check the network${loc.endpoint ? ` and s3-endpoint ${loc.endpoint}` : ''}, then re-run.`);
    });
    pages++;
    // S3 answers at most max-keys objects a page (1000 unless asked for fewer); more is not S3,
    // and a server could otherwise make one page as large as its size limit allows.
    const perPage = opts.maxKeys ?? 1000;
    if (page.files.length > perPage) {
      throw new UserError(
        `Listing ${s3Uri(loc)} failed: one page held ${page.files.length} objects, more than the ${perPage} a page may hold. ` +
          `It is not behaving like S3${loc.endpoint ? `; check s3-endpoint ${loc.endpoint}` : ''}.`,
      );
    }
    for (const f of page.files) files.push(f);
    opts.log.debug(`${s3Uri(loc)}: page ${pages} held ${page.files.length} object(s)`);
    if (!page.truncated) break;
    if (!page.next || seen.has(page.next)) {
      throw new UserError(
        `Listing ${s3Uri(loc)} failed: the server says there are more results but gave ${page.next ? 'a continuation token it gave before' : 'no continuation token'}. ` +
          'It is not behaving like S3; check s3-endpoint.',
      );
    }
    if (pages >= maxPages) throw endless(`stopped after ${maxPages} pages, the most fetch-wheels reads`);
    seen.add(page.next);
    token = page.next;
  }
  opts.log.info(`${s3Uri(loc)}: ${files.length} object(s) in ${pages} page(s)${signed ? '' : ' (anonymous)'}`);
  return files;
}

export interface S3SourceOptions {
  credentials?: AwsCredentials;
  transport?: Transport;
  retry?: Partial<RetryOptions>;
  maxKeys?: number;
}

export class S3Source implements WheelSource {
  constructor(
    readonly location: S3Location,
    private readonly opts: S3SourceOptions = {},
  ) {}

  describe(): string {
    const where = [this.location.region, this.location.endpoint].filter(Boolean).join(', ');
    return `${s3Uri(this.location)}${where ? ` (${where})` : ''}${this.opts.credentials ? '' : ', anonymous'}`;
  }

  list(log: Logger, opts: { deadlineMs?: number } = {}): Promise<RemoteFile[]> {
    return listS3(this.location, {
      credentials: this.opts.credentials,
      log,
      transport: this.opts.transport,
      retry: this.opts.retry,
      maxKeys: this.opts.maxKeys,
      ...(opts.deadlineMs !== undefined ? { deadlineMs: Math.min(opts.deadlineMs, LIST_DEADLINE_MS) } : {}),
    });
  }

  download(file: RemoteFile, dest: string, opts: FetchFileOptions): Promise<DownloadResult> {
    const credentials = this.opts.credentials;
    const region = this.location.region;
    return downloadFile(file.url, dest, {
      expectedSize: file.size,
      expectedSha256: opts.expectedSha256 ?? file.sha256,
      // A single-part upload's ETag is its MD5 (unless SSE-KMS/SSE-C encrypted it): a check on resumed downloads.
      ...(file.etag && /^[0-9a-f]{32}$/i.test(file.etag) ? { md5IfResumed: file.etag } : {}),
      headers: credentials ? (url) => signS3Get(url, region, credentials) : undefined,
      log: opts.log,
      onProgress: opts.onProgress,
      signal: opts.signal,
      transport: this.opts.transport,
      retry: this.opts.retry,
    });
  }
}

/** The S3 source for a fetch-wheels `source` input, with credentials from the environment when present. */
export function createS3Source(
  source: string,
  opts: { region?: string; endpoint?: string; env?: NodeJS.ProcessEnv; retry?: Partial<RetryOptions> } = {},
): S3Source {
  const location = parseS3Source(source, { region: opts.region, endpoint: opts.endpoint });
  const credentials = credentialsFromEnv(opts.env ?? process.env);
  return new S3Source(location, { credentials, retry: opts.retry });
}
