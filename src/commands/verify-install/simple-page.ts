/**
 * Reading one project's page of a simple repository: PEP 691 JSON when the
 * index offers it, PEP 503 HTML otherwise (both are what pip reads). Only what
 * verify-install needs: each file's name, absolute URL, sha256, Requires-Python
 * and yanked state. src/index-client/ has no simple-page client yet; this one stays
 * small and private to verify-install.
 */
import { UserError } from '../../errors.js';
import { normalizeName } from '../../distributions/index.js';
import { discard, HttpError, HttpStatusError, readJson, readText, redactUrl, request, splitCredentials, type Transport } from '../../http/index.js';
import { formatBytes } from '../../units.js';

export interface IndexFile {
  filename: string;
  /** Absolute, without the hash fragment and without credentials. */
  url: string;
  /** Lower-case hex, when the page gives one. */
  sha256?: string;
  requiresPython?: string;
  /** false, true, or the reason given. */
  yanked: boolean | string;
  size?: number;
  /** PEP 740: the URL of the file's provenance object (absolute), when the index links one. */
  provenance?: string;
}

export interface SimplePage {
  /** The page's URL after redirects (credentials removed). */
  url: string;
  format: 'json' | 'html';
  files: IndexFile[];
  /** meta._last-serial, X-PyPI-Last-Serial or the <!--SERIAL n--> trailer. */
  lastSerial?: number;
}

export type SimplePageAnswer = { found: true; page: SimplePage } | { found: false; status: number; url: string };

export const JSON_TYPE = 'application/vnd.pypi.simple.v1+json';
/** JSON first; HTML for indexes without PEP 691 (the q values are PEP 691's example). */
export const ACCEPT = `${JSON_TYPE}, application/vnd.pypi.simple.v1+html;q=0.2, text/html;q=0.01`;

/** `https://pypi.org/simple/` + 'Foo.Bar' → `https://pypi.org/simple/foo-bar/` (clients must ask for the normalized name). */
export function projectPageUrl(indexUrl: string, project: string): string {
  const base = indexUrl.endsWith('/') ? indexUrl : `${indexUrl}/`;
  return new URL(`${encodeURIComponent(normalizeName(project))}/`, base).href;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

export function unescapeHtml(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, body: string) => {
    if (body[0] === '#') {
      const code = body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
      return Number.isFinite(code) && code >= 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return ENTITIES[body.toLowerCase()] ?? whole;
  });
}

function parseAttributes(text: string): Map<string, string> {
  const attrs = new Map<string, string>();
  const re = /([^\s=/>"']+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>"']+)))?/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const name = m[1].toLowerCase();
    if (!attrs.has(name)) attrs.set(name, unescapeHtml(m[2] ?? m[3] ?? m[4] ?? ''));
  }
  return attrs;
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
  const shown = unescapeHtml(text.replace(/<[^>]*>/g, '')).trim();
  if (shown) return shown;
  const path = new URL(url).pathname;
  return decodeURIComponent(path.slice(path.lastIndexOf('/') + 1));
}

/** PEP 503: every `<a href>` is a file; `<base href>` moves relative links. */
export function parseSimpleHtml(html: string, pageUrl: string): SimplePage {
  const baseTag = /<base\b([^>]*)>/i.exec(html);
  const baseHref = baseTag ? parseAttributes(baseTag[1]).get('href') : undefined;
  const base = baseHref ? new URL(baseHref, pageUrl).href : pageUrl;
  const files: IndexFile[] = [];
  const re = /<a\b([^>]*)>([\s\S]*?)<\/a\s*>/gi;
  for (let m = re.exec(html); m; m = re.exec(html)) {
    const attrs = parseAttributes(m[1]);
    const href = attrs.get('href');
    if (!href) continue;
    let link: { url: string; sha256?: string };
    try {
      link = withoutFragment(href, base);
    } catch {
      continue; // not a URL: pip skips it too
    }
    const file: IndexFile = { filename: anchorFilename(m[2], link.url), url: link.url, yanked: false };
    if (link.sha256) file.sha256 = link.sha256;
    const requires = attrs.get('data-requires-python');
    if (requires) file.requiresPython = requires;
    if (attrs.has('data-yanked')) file.yanked = attrs.get('data-yanked') || true;
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
  return { url: pageUrl, format: 'html', files, ...(serial ? { lastSerial: Number(serial[1]) } : {}) };
}

/** PEP 691 project detail. */
export function parseSimpleJson(data: unknown, pageUrl: string): SimplePage {
  const doc = data as { meta?: { '_last-serial'?: unknown }; files?: unknown };
  if (!doc || typeof doc !== 'object' || !Array.isArray(doc.files)) {
    throw new Error('the PEP 691 answer has no "files" list');
  }
  const files: IndexFile[] = [];
  for (const raw of doc.files as unknown[]) {
    const f = raw as { filename?: unknown; url?: unknown; hashes?: unknown; 'requires-python'?: unknown; yanked?: unknown; size?: unknown; provenance?: unknown };
    if (!f || typeof f.filename !== 'string' || typeof f.url !== 'string') continue;
    let link: { url: string; sha256?: string };
    try {
      link = withoutFragment(f.url, pageUrl);
    } catch {
      continue;
    }
    const hashes = (f.hashes && typeof f.hashes === 'object' ? f.hashes : {}) as Record<string, unknown>;
    const sha256 = typeof hashes.sha256 === 'string' && /^[0-9a-fA-F]{64}$/.test(hashes.sha256) ? hashes.sha256.toLowerCase() : link.sha256;
    const file: IndexFile = {
      filename: f.filename,
      url: link.url,
      yanked: typeof f.yanked === 'string' ? f.yanked || true : f.yanked === true,
    };
    if (sha256) file.sha256 = sha256;
    if (typeof f['requires-python'] === 'string' && f['requires-python']) file.requiresPython = f['requires-python'];
    if (typeof f.size === 'number') file.size = f.size;
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
  return { url: pageUrl, format: 'json', files, ...(typeof serial === 'number' ? { lastSerial: serial } : {}) };
}

export interface FetchPageOptions {
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
 * HttpStatusError. Credentials in the URL go to the index's own origin only,
 * never to a host a redirect points at. A page larger than `maxBytes` is a
 * UserError. Sends `Cache-Control: no-cache`: a hint that a CDN may ignore,
 * which is why the caller polls.
 */
export async function fetchSimplePage(projectUrl: string, opts: FetchPageOptions = {}): Promise<SimplePageAnswer> {
  const { url: start, authorization } = splitCredentials(projectUrl);
  const maxBytes = opts.maxBytes ?? MAX_PAGE_BYTES;
  let response;
  let page: SimplePage;
  try {
    response = await request(start, {
      headers: { Accept: ACCEPT, 'Cache-Control': 'no-cache' },
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
      throw new HttpStatusError(response.status, `${response.status} ${response.statusText}`.trim() + ` from ${redactUrl(url)}`);
    }
    const type = (response.headers.get('content-type') ?? '').split(';')[0].trim().toLowerCase();
    const pageUrl = redactUrl(url);
    page = type === JSON_TYPE || type === 'application/json'
      ? parseSimpleJson(await readJson(response, { maxBytes }), pageUrl)
      : parseSimpleHtml(await readText(response, { maxBytes }), pageUrl);
  } catch (err) {
    if (err instanceof HttpError && err.code === 'EREDIRECT') throw new UserError(`${err.message}. Use an index URL that stays on https and redirects at most 5 times.`);
    if (err instanceof HttpError && err.code === 'EBODYTOOLARGE') {
      throw new UserError(`${err.message}. A project page larger than ${formatBytes(maxBytes)} is not one a package index serves; check index-url.`);
    }
    throw err;
  }
  const header = Number(response.headers.get('x-pypi-last-serial'));
  if (page.lastSerial === undefined && Number.isFinite(header) && header > 0) page.lastSerial = header;
  return { found: true, page };
}
