/**
 * Where an S3 listing points: bucket, prefix, region, endpoint and addressing
 * style, read from the forms people paste (s3:// URIs, path-style and
 * virtual-hosted https URLs, the `?prefix=` browse form), and the URLs built
 * back from it.
 */
import { UserError } from '../errors.js';
import { redactUrl } from '../http/index.js';

export interface S3Location {
  bucket: string;
  /** Listed verbatim as the ListObjectsV2 prefix; '' for the whole bucket. */
  prefix: string;
  /** Undefined: unknown, requests go to the global endpoint and are signed for us-east-1. */
  region?: string;
  /** Base URL of an S3-compatible store (or moto), e.g. http://127.0.0.1:5000; undefined for AWS. */
  endpoint?: string;
  style: 'path' | 'virtual';
}

const REGION = /^[a-z]{2}(-[a-z]+)+-\d+$/;
// [bucket.]s3[-.rest].amazonaws.com[.cn]; the greedy bucket group backtracks to the rightmost "s3".
const AWS_HOST = /^(?:(.+)\.)?s3(?:[-.]([a-z0-9-]+(?:\.[a-z0-9-]+)?))?\.amazonaws\.com(\.cn)?$/;
const SOURCE_FORMS =
  'Use s3://BUCKET/PREFIX/, https://s3.REGION.amazonaws.com/BUCKET/PREFIX/, https://BUCKET.s3.REGION.amazonaws.com/PREFIX/ ' +
  'or https://BUCKET.s3.amazonaws.com/?prefix=PREFIX.';

/**
 * A source or endpoint as messages show it: without user:password (even in
 * text that does not parse) or signature query values. Unchanged when it
 * carries none, so the user recognises what they typed.
 */
function forMessages(value: string): string {
  const redacted = redactUrl(value);
  try {
    return redacted === new URL(value).href ? value : redacted;
  } catch {
    return redacted;
  }
}

/** Percent-encodes everything but unreserved characters (RFC 3986), as SigV4 canonicalises. */
export function encodeRfc3986(value: string): string {
  return encodeURIComponent(value).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

/** An object key as a URL path: each segment encoded, so `+` is %2B (S3 reads a bare `+` as a space). */
export function encodeS3Key(key: string): string {
  return key.split('/').map(encodeRfc3986).join('/');
}

interface AwsHost {
  bucket?: string;
  region?: string;
  /** Set for hosts we must keep as given (China partition). */
  endpoint?: string;
}

function parseAwsHost(host: string, source: string): AwsHost | undefined {
  const m = AWS_HOST.exec(host);
  if (!m) return undefined;
  const [, bucket, rest, cn] = m;
  let region: string | undefined;
  if (rest === undefined) region = undefined;
  else if (rest === 'external-1') region = 'us-east-1';
  else if (rest.startsWith('website')) {
    throw new UserError(
      `${source} is an S3 static-website endpoint, which cannot list a bucket. Use the bucket's REST endpoint instead: ` +
        `s3://${bucket ?? 'BUCKET'}/PREFIX/ with s3-region.`,
    );
  } else if (rest.startsWith('dualstack.') && REGION.test(rest.slice('dualstack.'.length))) {
    region = rest.slice('dualstack.'.length);
  } else if (REGION.test(rest)) region = rest;
  else throw new UserError(`Cannot tell the region from the host "${host}" in ${source}. ${SOURCE_FORMS}`);
  return { bucket, region, endpoint: cn ? `https://s3.${region ?? 'cn-north-1'}.amazonaws.com.cn` : undefined };
}

function normalizeEndpoint(endpoint: string): URL {
  const shown = forMessages(endpoint);
  let u: URL;
  try {
    u = new URL(endpoint);
  } catch {
    throw new UserError(`s3-endpoint "${shown}" is not a URL. Give one such as https://minio.example.com or http://127.0.0.1:9000.`);
  }
  if (u.protocol !== 'https:' && u.protocol !== 'http:') {
    throw new UserError(`s3-endpoint "${shown}" must start with https:// or http://.`);
  }
  if (u.search || u.hash || u.username || u.password) {
    throw new UserError(`s3-endpoint "${shown}" must be a plain base URL, without user, query or fragment.`);
  }
  return u;
}

function endpointString(u: URL): string {
  return `${u.origin}${u.pathname.replace(/\/+$/, '')}`;
}

/** A prefix taken from a path names a folder: `a/b` lists `a/b/…`, not also `a/bc…`. */
function folder(prefix: string): string {
  return prefix === '' || prefix.endsWith('/') ? prefix : `${prefix}/`;
}

function decodePath(path: string, source: string): string {
  try {
    return decodeURIComponent(path);
  } catch {
    throw new UserError(`The path in ${source} has broken percent-encoding. ${SOURCE_FORMS}`);
  }
}

function checkBucket(bucket: string | undefined, source: string): string {
  // Lenient: legacy us-east-1 buckets may hold upper case and underscores.
  if (!bucket || !/^[A-Za-z0-9][A-Za-z0-9._-]{2,254}$/.test(bucket)) {
    throw new UserError(`No valid bucket name in ${source}. ${SOURCE_FORMS}`);
  }
  return bucket;
}

function pickRegion(fromHost: string | undefined, given: string | undefined, source: string): string | undefined {
  if (given !== undefined && given !== '' && !REGION.test(given)) {
    throw new UserError(`s3-region "${given}" is not a region; use one such as us-west-2.`);
  }
  if (fromHost && given && fromHost !== given) {
    throw new UserError(`${source} names region ${fromHost} but s3-region is ${given}. Remove s3-region or make them agree.`);
  }
  return fromHost || given || undefined;
}

/**
 * Reads a listing source. A path (s3://b/p, https://host/b/p) names a folder,
 * so a missing trailing slash is added; a `?prefix=` is used verbatim.
 * Hosts that are not AWS's are treated as an S3-compatible endpoint.
 */
export function parseS3Source(source: string, opts: { region?: string; endpoint?: string } = {}): S3Location {
  const trimmed = source.trim();
  const shown = forMessages(source);
  const givenEndpoint = opts.endpoint ? normalizeEndpoint(opts.endpoint) : undefined;

  if (/^s3:\/\//i.test(trimmed)) {
    const rest = trimmed.slice('s3://'.length);
    const slash = rest.indexOf('/');
    const bucket = checkBucket(slash < 0 ? rest : rest.slice(0, slash), shown);
    const prefix = folder(slash < 0 ? '' : rest.slice(slash + 1));
    const region = pickRegion(undefined, opts.region, shown);
    if (givenEndpoint) return { bucket, prefix, region, endpoint: endpointString(givenEndpoint), style: 'path' };
    // Dotted bucket names break TLS on virtual-hosted names (the certificate is *.s3…), so they go path-style.
    return { bucket, prefix, region, style: bucket.includes('.') ? 'path' : 'virtual' };
  }

  let url: URL;
  try {
    url = new URL(trimmed);
  } catch {
    throw new UserError(`"${shown}" is not an S3 location. ${SOURCE_FORMS}`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new UserError(`"${shown}" is not an S3 location. ${SOURCE_FORMS}`);
  }
  const host = url.hostname.toLowerCase();
  const queryPrefix = url.searchParams.get('prefix');
  const pathParts = url.pathname.split('/').filter((p, i, all) => i > 0 || p !== '');
  const takePrefix = (pathRest: string[]): string => {
    const fromPath = decodePath(pathRest.join('/'), shown);
    if (queryPrefix !== null) {
      if (fromPath.replace(/\/+$/, '') !== '') {
        throw new UserError(`${shown} gives both a path and ?prefix=; give only one. ${SOURCE_FORMS}`);
      }
      return queryPrefix;
    }
    return folder(fromPath);
  };

  const aws = parseAwsHost(host, shown);
  if (aws) {
    if (givenEndpoint) {
      throw new UserError(
        `${shown} is an AWS S3 URL but s3-endpoint is set to ${endpointString(givenEndpoint)}. ` +
          'Drop s3-endpoint for AWS, or give s3://BUCKET/PREFIX/ to list from the endpoint.',
      );
    }
    const region = pickRegion(aws.region, opts.region, shown);
    if (aws.bucket) {
      const bucket = checkBucket(aws.bucket, shown);
      return { bucket, prefix: takePrefix(pathParts), region, endpoint: aws.endpoint, style: 'virtual' };
    }
    const [first, ...rest] = pathParts;
    const bucket = checkBucket(first === undefined ? undefined : decodePath(first, shown), shown);
    return { bucket, prefix: takePrefix(rest), region, endpoint: aws.endpoint, style: 'path' };
  }

  // An S3-compatible store. With s3-endpoint set, BUCKET.<endpoint host> is virtual-hosted.
  const region = pickRegion(undefined, opts.region, shown);
  if (givenEndpoint) {
    const eh = givenEndpoint.hostname.toLowerCase();
    if (host !== eh && host.endsWith(`.${eh}`)) {
      const bucket = checkBucket(host.slice(0, -eh.length - 1), shown);
      return { bucket, prefix: takePrefix(pathParts), region, endpoint: endpointString(givenEndpoint), style: 'virtual' };
    }
    if (host !== eh || url.port !== givenEndpoint.port) {
      throw new UserError(`${shown} is not on the s3-endpoint ${endpointString(givenEndpoint)}. Make them agree, or give s3://BUCKET/PREFIX/.`);
    }
  }
  const base = givenEndpoint ?? new URL(url.origin);
  const baseParts = base.pathname.split('/').filter(Boolean);
  const afterBase = pathParts.slice(0, baseParts.length).join('/') === baseParts.join('/') ? pathParts.slice(baseParts.length) : pathParts;
  const [first, ...rest] = afterBase;
  const bucket = checkBucket(first === undefined ? undefined : decodePath(first, shown), shown);
  return { bucket, prefix: takePrefix(rest), region, endpoint: endpointString(base), style: 'path' };
}

/** The bucket root (with a trailing slash), where ListObjectsV2 is sent. */
export function s3BucketUrl(loc: S3Location): string {
  if (loc.endpoint) {
    const e = new URL(loc.endpoint);
    const path = e.pathname.replace(/\/+$/, '');
    if (loc.style === 'virtual') return `${e.protocol}//${loc.bucket}.${e.host}${path}/`;
    return `${e.origin}${path}/${encodeRfc3986(loc.bucket)}/`;
  }
  const host = loc.region ? `s3.${loc.region}.amazonaws.com` : 's3.amazonaws.com';
  return loc.style === 'virtual' ? `https://${loc.bucket}.${host}/` : `https://${host}/${encodeRfc3986(loc.bucket)}/`;
}

/** The URL of one object, each key segment percent-encoded. */
export function s3ObjectUrl(loc: S3Location, key: string): string {
  return s3BucketUrl(loc) + encodeS3Key(key);
}

/** s3://bucket/prefix for messages. */
export function s3Uri(loc: S3Location): string {
  return `s3://${loc.bucket}/${loc.prefix}`;
}
