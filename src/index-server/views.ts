/**
 * What the read side of the index shows: which files are visible on the simple
 * pages (the propagation delay), how projects, releases and files are ordered,
 * and the URL of a stored file.
 */
import { compareVersions } from './release-versions.js';
import type { IndexContext, StoredFile } from './types.js';

/** Files old enough to have "propagated" to the simple pages. */
export function simpleVisible(files: StoredFile[], ctx: IndexContext): StoredFile[] {
  const horizon = ctx.now().getTime() - ctx.options.delaySeconds * 1000;
  return files.filter((f) => Date.parse(f.upload_time) <= horizon);
}

/** By version (PEP 440), then filename, like warehouse's listing. */
export function sortFiles(files: StoredFile[]): StoredFile[] {
  return [...files].sort((a, b) => compareVersions(a.version, b.version) || (a.filename < b.filename ? -1 : a.filename > b.filename ? 1 : 0));
}

export function versionsOf(files: StoredFile[]): string[] {
  return [...new Set(files.map((f) => f.version))].sort(compareVersions);
}

/** `files/ab/cd/…/name.whl` → URL path with the filename escaped. */
export function fileUrlPath(file: StoredFile): string {
  const parts = file.path.split('/');
  return parts.map((p, i) => (i === parts.length - 1 ? encodeURIComponent(p) : p)).join('/');
}

export function lastSerial(files: StoredFile[]): number {
  return files.reduce((max, f) => Math.max(max, f.serial), 0);
}
