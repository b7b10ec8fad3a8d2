/**
 * The simple repository API, the one standard every package index serves and
 * the suite's one source of truth for "what is on the index": a project's
 * page as PEP 691 JSON when the index offers it (content negotiation), PEP 503
 * HTML otherwise, both read into the same shape. From HTML: the `#sha256=`
 * fragment and the `data-*` attributes (`data-requires-python`,
 * `data-yanked`, `data-core-metadata` / `data-dist-info-metadata`,
 * `data-provenance`); from JSON: `hashes`, `requires-python`, `yanked`,
 * `size` and `upload-time` (PEP 700), `core-metadata`, `provenance` (PEP 740).
 * pypi-publish (what is there, before and after uploading) and verify-install
 * (when a release is installable) both read pages through here.
 */
import { UserError } from '../errors.js';
import { normalizeName, parseDistributionFilename, versionsEqual } from '../distributions/index.js';
import { discard, HttpError, HttpStatusError, parseRetryAfter, readJson, readText, redactUrl, request, splitCredentials, type Transport } from '../http/index.js';
import { formatBytes } from '../units.js';
import { parseAttributes, replaceTags, tagAttributes, unescapeHtml } from './html.js';

/** One file as a project page lists it. */
export interface SimpleFile {
  filename: string;
  /** Absolute, without the hash fragment and without credentials. */
  url: string;
  /** Lower-case hex, when the page gives one. */
  sha256?: string;
  requiresPython?: string;
  /** false, true, or the reason given. */
  yanked: boolean | string;
  /** PEP 700 (JSON pages only). */
  size?: number;
  /** PEP 700 (JSON pages only): when the index received the file. */
  uploadTime?: Date;
  /** PEP 658/714: the index serves the file's METADATA beside it (`true`, or its hashes). */
  coreMetadata?: true | Record<string, string>;
  /** PEP 740: the URL of the file's provenance object. */
  provenance?: string;
}

export interface SimplePage {
  /** The page's URL after redirects (credentials removed). */
  url: string;
  format: 'json' | 'html';
  /** `meta.api-version`, or the HTML page's `pypi:repository-version`. */
  apiVersion?: string;
  files: SimpleFile[];
  /** meta._last-serial, X-PyPI-Last-Serial or the <!--SERIAL n--> trailer. */
  lastSerial?: number;
}

export type SimplePageAnswer = { found: true; page: SimplePage } | { found: false; status: number; url: string };

export const SIMPLE_JSON = 'application/vnd.pypi.simple.v1+json';
/** JSON first; HTML for indexes without PEP 691 (the q values are PEP 691's example). */
export const SIMPLE_ACCEPT = `${SIMPLE_JSON}, application/vnd.pypi.simple.v1+html;q=0.2, text/html;q=0.01`;

const HEX64 = /^[0-9a-fA-F]{64}$/;

/** `https://pypi.org/simple/` + 'Foo.Bar' → `https://pypi.org/simple/foo-bar/` (clients must ask for the normalized name). */
export function projectPageUrl(indexUrl: string | URL, project: string): string {
  const text = String(indexUrl);
  const base = text.endsWith('/') ? text : `${text}/`;
  return new URL(`${encodeURIComponent(normalizeName(project))}/`, base).href;
}

/** Splits `url#sha256=abc` into the URL and the digest it carries. */
function withoutFragment(href: string, base: string): { url: string; sha256?: string } {
  const absolute = new URL(href, base);
  const fragment = /(?:^|&)sha256=([0-9a-fA-F]{64})(?:&|$)/.exec(absolute.hash.slice(1));
  absolute.hash = '';
  absolute.username = '';
  absolute.password = '';
  return { url: absolute.href, ...(fragment ? { sha256: fragment[1].toLowerCase() } : {}) };
}

/** The filename an anchor stands for: its text, or the last path segment of its URL (as pip takes it). */
function anchorFilename(text: string, url: string): string {
  const shown = unescapeHtml(replaceTags(text)).trim();
  if (shown) return shown;
  const path = new URL(url).pathname;
  return decodeURIComponent(path.slice(path.lastIndexOf('/') + 1));
}

/** `true` or `sha256=…` (PEP 658's attribute value) as the JSON form has it. */
function metadataAttribute(value: string): true | Record<string, string> | undefined {
  if (value === '' || value.toLowerCase() === 'true') return true;
  const m = /^([a-z0-9_]+)=([0-9a-fA-F]+)$/.exec(value.trim());
  return m ? { [m[1]]: m[2].toLowerCase() } : undefined;
}

/** PEP 503: every `<a href>` is a file; `<base href>` moves relative links. */
export function parseSimpleHtml(html: string, pageUrl: string): SimplePage {
  const baseTag = tagAttributes(html, 'base').next();
  const baseHref = baseTag.done ? undefined : parseAttributes(baseTag.value).get('href');
  const base = baseHref ? new URL(baseHref, pageUrl).href : pageUrl;
  const files: SimpleFile[] = [];
  // By hand, not /<a\b([^>]*)>([\s\S]*?)<\/a\s*>/g: on a page of anchors that never close, that
  // expression scans to the end from every one of them (hours for a few MiB a server made up).
  const open = /<a\b/gi;
  const close = /<\/a\s*>/gi;
  for (let m = open.exec(html); m; m = open.exec(html)) {
    const tagEnd = html.indexOf('>', m.index);
    if (tagEnd === -1) break;
    close.lastIndex = tagEnd + 1;
    const end = close.exec(html);
    if (!end) break;
    open.lastIndex = end.index + end[0].length;
    const attrs = parseAttributes(html.slice(m.index + 2, tagEnd));
    const text = html.slice(tagEnd + 1, end.index);
    const href = attrs.get('href');
    if (!href) continue;
    let link: { url: string; sha256?: string };
    try {
      link = withoutFragment(href, base);
    } catch {
      continue; // not a URL: pip skips it too
    }
    const file: SimpleFile = { filename: anchorFilename(text, link.url), url: link.url, yanked: false };
    if (link.sha256) file.sha256 = link.sha256;
    const requires = attrs.get('data-requires-python');
    if (requires) file.requiresPython = requires;
    if (attrs.has('data-yanked')) file.yanked = attrs.get('data-yanked') || true;
    const metadata = attrs.get('data-core-metadata') ?? attrs.get('data-dist-info-metadata');
    const parsedMetadata = metadata !== undefined ? metadataAttribute(metadata) : undefined;
    if (parsedMetadata) file.coreMetadata = parsedMetadata;
    const provenance = attrs.get('data-provenance');
    if (provenance) {
      try {
        file.provenance = new URL(provenance, base).href;
      } catch {
        // an unusable link is no provenance
      }
    }
    files.push(file);
  }
  const serial = /<!--\s*SERIAL\s+(\d+)\s*-->/.exec(html);
  let apiVersion: string | undefined;
  for (const attrs of tagAttributes(html, 'meta')) {
    const parsed = parseAttributes(attrs);
    if (parsed.get('name')?.toLowerCase() === 'pypi:repository-version') {
      apiVersion = parsed.get('content');
      break;
    }
  }
  return {
    url: pageUrl,
    format: 'html',
    ...(apiVersion ? { apiVersion } : {}),
    files,
    ...(serial ? { lastSerial: Number(serial[1]) } : {}),
  };
}

function hexHashes(value: unknown): Record<string, string> {
  const out: Record<string, string> = {};
  if (!value || typeof value !== 'object') return out;
  for (const [name, digest] of Object.entries(value as Record<string, unknown>)) {
    if (typeof digest === 'string' && /^[0-9a-fA-F]+$/.test(digest)) out[name] = digest.toLowerCase();
  }
  return out;
}

/** PEP 691 project detail. */
export function parseSimpleJson(data: unknown, pageUrl: string): SimplePage {
  const doc = data as { meta?: { 'api-version'?: unknown; '_last-serial'?: unknown }; files?: unknown };
  if (!doc || typeof doc !== 'object' || !Array.isArray(doc.files)) {
    throw new Error('the PEP 691 answer has no "files" list');
  }
  const files: SimpleFile[] = [];
  for (const raw of doc.files as unknown[]) {
    const f = raw as Record<string, unknown>;
    if (!f || typeof f.filename !== 'string' || typeof f.url !== 'string') continue;
    let link: { url: string; sha256?: string };
    try {
      link = withoutFragment(f.url, pageUrl);
    } catch {
      continue;
    }
    const hashes = hexHashes(f.hashes);
    const sha256 = hashes.sha256 && HEX64.test(hashes.sha256) ? hashes.sha256 : link.sha256;
    const file: SimpleFile = {
      filename: f.filename,
      url: link.url,
      yanked: typeof f.yanked === 'string' ? f.yanked || true : f.yanked === true,
    };
    if (sha256) file.sha256 = sha256;
    if (typeof f['requires-python'] === 'string' && f['requires-python']) file.requiresPython = f['requires-python'];
    if (typeof f.size === 'number' && Number.isSafeInteger(f.size) && f.size >= 0) file.size = f.size;
    if (typeof f['upload-time'] === 'string' && !Number.isNaN(Date.parse(f['upload-time']))) file.uploadTime = new Date(f['upload-time']);
    const metadata = f['core-metadata'] ?? f['dist-info-metadata'];
    if (metadata === true) file.coreMetadata = true;
    else if (metadata && typeof metadata === 'object') file.coreMetadata = hexHashes(metadata);
    if (typeof f.provenance === 'string' && f.provenance) {
      try {
        file.provenance = new URL(f.provenance, pageUrl).href;
      } catch {
        // an unusable link is no provenance
      }
    }
    files.push(file);
  }
  const serial = doc.meta?.['_last-serial'];
  const apiVersion = doc.meta?.['api-version'];
  return {
    url: pageUrl,
    format: 'json',
    ...(typeof apiVersion === 'string' ? { apiVersion } : {}),
    files,
    ...(typeof serial === 'number' ? { lastSerial: serial } : {}),
  };
}

export interface FetchPageOptions {
  /**
   * `Basic …` for the page's origin (a private index). Credentials in the URL
   * itself (https://user:token@host/simple/, as pip takes them) come first.
   */
  authorization?: string;
  /** One request, the page's body included; default 30 s. */
  timeoutMs?: number;
  signal?: AbortSignal;
  /** The most a page may hold; default MAX_PAGE_BYTES. */
  maxBytes?: number;
  transport?: Transport;
}

/**
 * The most one project page may hold: 64 MiB, a few times PyPI's largest
 * (projects with tens of thousands of files), far below what would strain a runner.
 */
export const MAX_PAGE_BYTES = 64 * 1024 * 1024;

/**
 * GETs a project page, asking for JSON first and reading whichever format
 * comes back. 404/410 mean "not listed (yet)"; other non-200 answers throw
 * HttpStatusError (with Retry-After). Credentials go to the index's own
 * origin only, never to a host a redirect points at (src/http's policy). A
 * page larger than `maxBytes` is a UserError. Sends `Cache-Control:
 * no-cache`: a hint that a CDN may ignore, which is why callers poll.
 */
export async function fetchSimplePage(projectUrl: string | URL, opts: FetchPageOptions = {}): Promise<SimplePageAnswer> {
  const { url: start, authorization: inUrl } = splitCredentials(projectUrl);
  const authorization = inUrl ?? opts.authorization;
  const maxBytes = opts.maxBytes ?? MAX_PAGE_BYTES;
  let response;
  let page: SimplePage;
  try {
    response = await request(start, {
      headers: { Accept: SIMPLE_ACCEPT, 'Cache-Control': 'no-cache', 'User-Agent': 'python-release-actions' },
      ...(authorization ? { credentials: { Authorization: authorization } } : {}),
      redirect: 'follow',
      timeouts: { deadlineMs: opts.timeoutMs ?? 30_000 },
      ...(opts.signal ? { signal: opts.signal } : {}),
      ...(opts.transport ? { transport: opts.transport } : {}),
    });
    const url = response.url;
    if (response.status === 404 || response.status === 410) {
      await discard(response);
      return { found: false, status: response.status, url: redactUrl(url) };
    }
    if (response.status !== 200) {
      await discard(response);
      const retryAfter = parseRetryAfter(response.headers.get('retry-after') ?? undefined);
      throw new HttpStatusError(response.status, `${response.status} ${response.statusText}`.trim() + ` from ${redactUrl(url)}`, retryAfter);
    }
    const type = (response.headers.get('content-type') ?? '').split(';')[0].trim().toLowerCase();
    const pageUrl = redactUrl(url);
    if (type === SIMPLE_JSON || type === 'application/json') {
      const data = await readJson(response, { maxBytes });
      try {
        page = parseSimpleJson(data, pageUrl);
      } catch (err) {
        throw new UserError(`${pageUrl} answered with JSON that is not a PEP 691 project page (${(err as Error).message}); check the index URL.`);
      }
    } else {
      const html = await readText(response, { maxBytes });
      page = parseSimpleHtml(html, pageUrl);
      // A proxy or an index that wants a login answers 200 with its sign-in page: that is no empty project.
      if (page.files.length === 0 && page.apiVersion === undefined && [...tagAttributes(html, 'input')].some((a) => parseAttributes(a).get('type')?.toLowerCase() === 'password')) {
        throw new UserError(`${pageUrl} answered a sign-in page (a form with a password field, and no links), not a project page of a simple index. Check index-url and the credentials for it.`);
      }
    }
  } catch (err) {
    if (err instanceof HttpError && err.code === 'EREDIRECT') throw new UserError(`${err.message}. Use an index URL that stays on https and redirects at most 5 times.`);
    if (err instanceof HttpError && err.code === 'EBODYTOOLARGE') {
      throw new UserError(`${err.message}. A project page larger than ${formatBytes(maxBytes)} is not one a package index serves; check the index URL.`);
    }
    throw err;
  }
  const header = Number(response.headers.get('x-pypi-last-serial'));
  if (page.lastSerial === undefined && Number.isFinite(header) && header > 0) page.lastSerial = header;
  return { found: true, page };
}

/**
 * The files of one release on a project page: those whose filename names the
 * project and, under PEP 440, the version. Names that are no distribution
 * filename (a stray link, a legacy .egg) belong to no release.
 */
export function releaseFiles(files: SimpleFile[], project: string, version: string): SimpleFile[] {
  const name = normalizeName(project);
  return files.filter((f) => {
    try {
      const parsed = parseDistributionFilename(f.filename);
      return parsed.normalizedName === name && versionsEqual(parsed.version, version);
    } catch {
      return false;
    }
  });
}
