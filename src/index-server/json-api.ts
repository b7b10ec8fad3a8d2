/**
 * PyPI's JSON API (`/pypi/<project>/json`, `/pypi/<project>/<version>/json`).
 * Like PyPI it shows a file as soon as the upload is accepted (no propagation
 * delay), and a release's `info` is the metadata its first upload sent: later
 * uploads to the same release do not change it.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { normalizeName } from './distributions.js';
import { redirect, sendJson } from './http.js';
import { canonicalVersion, compareVersions, isPrerelease } from './release-versions.js';
import type { IndexStore, ShownDigests } from './store.js';
import type { IndexContext, StoredFile } from './types.js';
import { fileUrlPath, lastSerial, sortFiles } from './views.js';

const CACHE = 'max-age=900, public';
const NOT_FOUND = { message: 'Not Found' };

export function createJsonHandlers(store: IndexStore) {
  /** The normalized name of a known project, or undefined once a 404 or redirect has been sent. */
  function resolve(res: ServerResponse, rawName: string, suffix: string): string | undefined {
    let requested: string;
    try {
      requested = decodeURIComponent(rawName);
    } catch {
      sendJson(res, 404, NOT_FOUND);
      return undefined;
    }
    const normalized = normalizeName(requested);
    if (store.filesOf(normalized).length === 0) {
      sendJson(res, 404, NOT_FOUND);
      return undefined;
    }
    if (requested !== normalized) {
      redirect(res, 301, `/pypi/${encodeURIComponent(normalized)}/${suffix}`);
      return undefined;
    }
    return normalized;
  }

  /** Each file's md5 and BLAKE2b-256 by stored path (IndexStore.shownDigests); null where the stored bytes are gone or changed. */
  function shownDigests(files: StoredFile[], ctx: IndexContext): Promise<Map<string, ShownDigests>> {
    return store.shownDigests(files, (message) => ctx.log.warning(message));
  }

  async function project(req: IncomingMessage, res: ServerResponse, match: RegExpExecArray, ctx: IndexContext): Promise<void> {
    const normalized = resolve(res, match[1], 'json');
    if (!normalized) return;
    const files = store.filesOf(normalized);
    const shown = await shownDigests(files, ctx);
    const releases = groupByRelease(files);
    const versions = [...releases.keys()].sort(compareVersions);
    const finals = versions.filter((v) => !isPrerelease(v));
    const latest = (finals.length > 0 ? finals : versions)[(finals.length > 0 ? finals : versions).length - 1];
    const base = ctx.baseUrl(req);
    const releaseFiles = releases.get(latest)!;
    sendJson(res, 200, {
      info: info(store, normalized, releaseFiles, base),
      last_serial: lastSerial(files),
      releases: Object.fromEntries(versions.map((v) => [v, sortFiles(releases.get(v)!).map((f) => url(f, shown, base))])),
      urls: sortFiles(releaseFiles).map((f) => url(f, shown, base)),
      vulnerabilities: [],
    }, { 'Cache-Control': CACHE, 'X-PyPI-Last-Serial': String(lastSerial(files)) });
  }

  async function release(req: IncomingMessage, res: ServerResponse, match: RegExpExecArray, ctx: IndexContext): Promise<void> {
    let version: string;
    try {
      version = decodeURIComponent(match[2]);
    } catch {
      sendJson(res, 404, NOT_FOUND);
      return;
    }
    const normalized = resolve(res, match[1], `${encodeURIComponent(version)}/json`);
    if (!normalized) return;
    const files = store.releaseFiles(normalized, version);
    if (files.length === 0) {
      sendJson(res, 404, NOT_FOUND);
      return;
    }
    const base = ctx.baseUrl(req);
    const all = store.filesOf(normalized);
    const shown = await shownDigests(files, ctx);
    sendJson(res, 200, {
      info: info(store, normalized, files, base),
      last_serial: lastSerial(all),
      urls: sortFiles(files).map((f) => url(f, shown, base)),
      vulnerabilities: [],
    }, { 'Cache-Control': CACHE, 'X-PyPI-Last-Serial': String(lastSerial(all)) });
  }

  return { project, release };
}

/** Releases keyed by the version of their first upload, files in upload order. */
function groupByRelease(files: StoredFile[]): Map<string, StoredFile[]> {
  const byCanonical = new Map<string, StoredFile[]>();
  for (const f of files) {
    const key = canonicalVersion(f.version);
    byCanonical.set(key, [...(byCanonical.get(key) ?? []), f]);
  }
  return new Map([...byCanonical.values()].map((group) => [group[0].version, group]));
}

function info(store: IndexStore, normalized: string, releaseFiles: StoredFile[], base: string): Record<string, unknown> {
  const first = [...releaseFiles].sort((a, b) => a.serial - b.serial)[0];
  const form = first.form;
  const name = store.project(normalized)?.name ?? first.name;
  const one = (key: string): string | null => {
    const value = form[key];
    const text = Array.isArray(value) ? value[0] : value;
    return text === undefined || text.trim() === '' || text.trim() === 'UNKNOWN' ? null : text;
  };
  const many = (key: string): string[] | null => {
    const value = form[key];
    if (value === undefined) return null;
    const list = (Array.isArray(value) ? value : [value]).filter((v) => v.trim() !== '');
    return list.length > 0 ? list : null;
  };
  const projectUrls = many('project_urls');
  const projectPage = `${base}project/${encodeURIComponent(name)}/`;
  return {
    author: one('author'),
    author_email: one('author_email'),
    bugtrack_url: null,
    classifiers: many('classifiers') ?? [],
    description: one('description'),
    description_content_type: one('description_content_type'),
    docs_url: null,
    download_url: one('download_url'),
    downloads: { last_day: -1, last_month: -1, last_week: -1 },
    dynamic: many('dynamic'),
    home_page: one('home_page'),
    keywords: one('keywords'),
    license: one('license'),
    license_expression: one('license_expression'),
    license_files: many('license_file'),
    maintainer: one('maintainer'),
    maintainer_email: one('maintainer_email'),
    name,
    package_url: projectPage,
    platform: one('platform'),
    project_url: projectPage,
    project_urls: projectUrls
      ? Object.fromEntries(projectUrls.map((entry) => {
        const comma = entry.indexOf(',');
        return comma === -1 ? [entry.trim(), ''] : [entry.slice(0, comma).trim(), entry.slice(comma + 1).trim()];
      }))
      : null,
    provides_extra: many('provides_extra'),
    release_url: `${projectPage}${encodeURIComponent(first.version)}/`,
    requires_dist: many('requires_dist'),
    requires_python: first.requires_python,
    summary: one('summary'),
    version: first.version,
    yanked: false,
    yanked_reason: null,
  };
}

function url(f: StoredFile, shown: Map<string, ShownDigests>, base: string): Record<string, unknown> {
  const { md5, blake2b_256 } = shown.get(f.path) ?? { md5: null, blake2b_256: null };
  return {
    comment_text: typeof f.form.comment === 'string' ? f.form.comment : null,
    digests: { blake2b_256, md5, sha256: f.sha256 },
    downloads: -1,
    filename: f.filename,
    has_sig: false,
    md5_digest: md5,
    packagetype: f.packagetype,
    python_version: f.python_version,
    requires_python: f.requires_python,
    size: f.size,
    // warehouse: `upload_time.strftime("%Y-%m-%dT%H:%M:%S")` and `isoformat() + "Z"`.
    upload_time: f.upload_time.slice(0, 19),
    upload_time_iso_8601: f.upload_time,
    url: base + fileUrlPath(f),
    yanked: false,
    yanked_reason: null,
  };
}
