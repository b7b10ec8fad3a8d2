/**
 * From a source's listing to the set fetch-wheels will take, or the reasons it
 * will not. Pure: no I/O, so the same rules apply to every source and the
 * waiting loop can re-run it on each look.
 *
 * - Only distribution files count (.whl; .tar.gz sdists that name a selected
 *   package); other keys (jars, logs, checksums) are ignored.
 * - A distribution-like file whose key or name would escape `dest` is refused,
 *   whatever its package: it says the source is not what it should be.
 * - `packages` picks distributions by PEP 503 name; others are ignored.
 * - `version`: every picked file must carry it (PEP 440 equality); without it,
 *   the picked files must agree on one version.
 * - `expect`: per package, every line that applies to it must be met by a
 *   wheel (a line without globs by exactly one), and every wheel must meet a
 *   line. `expect-count`: the exact number of files.
 *
 * Refusals (unsafe, wrong version, unexpected, duplicate names, bad wheel
 * names) are final: waiting does not fix them. Missing files may still come.
 */
import {
  FilenameError,
  normalizeName,
  normalizeVersion,
  parseSdistFilename,
  parseWheelFilename,
  versionsEqual,
  type DistributionFilename,
} from '../../distributions/index.js';
import type { RemoteFile } from '../../sources/types.js';
import { appliesTo, parseExpectLine, wheelMeets, type ExpectLine } from './expect.js';

export interface SelectOptions {
  /** Distribution names as given; empty means every package found. */
  packages: string[];
  version?: string;
  /** Tag-triple lines, globs allowed. */
  expect: string[];
  expectCount?: number;
}

export interface Chosen {
  file: RemoteFile;
  parsed: DistributionFilename;
}

export interface Refusal {
  /** The file name, or the key when the key is what is wrong. */
  file: string;
  reason: string;
}

export interface Selection {
  chosen: Chosen[];
  /** Expected files not found, as filenames (globs where the line has them). */
  missing: string[];
  /** Files that no expect line asked for, or beyond expect-count. */
  unexpected: Refusal[];
  refused: Refusal[];
  /** Listed files that are not distributions of the selected packages. */
  ignored: number;
  /** How many files the set should have, when expect or expect-count says. */
  expectedCount?: number;
  /** No refusals, nothing unexpected. */
  acceptable: boolean;
  /** Acceptable and nothing missing. */
  complete: boolean;
}

const DIST_LIKE = /\.(whl|tar\.gz|zip)$/i;

/** Why writing this file by its name could land outside dest, or undefined when it cannot. */
export function unsafeFile(file: RemoteFile): string | undefined {
  const name = file.name;
  if (name === '' || name === '.' || name === '..') return 'it has no usable file name';
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f\u007f]/.test(name)) return 'its name holds control characters';
  if (name.includes('/') || name.includes('\\')) return 'its name holds a path separator';
  if (file.key.split(/[\\/]/).some((s) => s === '..')) return 'its key climbs out of its folder with ".."';
  return undefined;
}

/** The normalized project name a distribution-like filename starts with, even when it does not parse. */
function looseName(filename: string): string {
  return normalizeName(filename.split('-')[0] ?? filename);
}

function escaped(project: string): string {
  return normalizeName(project).replace(/-/g, '_');
}

export function select(listing: RemoteFile[], opts: SelectOptions): Selection {
  const wanted = new Set(opts.packages.map(normalizeName));
  const picks = (project: string) => wanted.size === 0 || wanted.has(project);
  const expectLines: ExpectLine[] = opts.expect.map(parseExpectLine);
  const wantVersion = opts.version !== undefined ? normalizeVersion(opts.version) ?? opts.version : undefined;
  const refused: Refusal[] = [];
  const unexpected: Refusal[] = [];
  let ignored = 0;
  let candidates: Chosen[] = [];

  for (const file of listing) {
    if (!DIST_LIKE.test(file.name)) {
      ignored++;
      continue;
    }
    const unsafe = unsafeFile(file);
    if (unsafe) {
      refused.push({ file: file.key, reason: `${unsafe}; a file by this key would be written outside dest` });
      continue;
    }
    const isWheel = file.name.endsWith('.whl');
    let parsed: DistributionFilename | undefined;
    try {
      parsed = isWheel ? parseWheelFilename(file.name) : parseSdistFilename(file.name);
    } catch (err) {
      if (!(err instanceof FilenameError)) throw err;
    }
    if (!parsed) {
      // A broken wheel name of a package we want is an error; anything else (tarballs, other projects) is not ours.
      if (isWheel && picks(looseName(file.name))) refused.push({ file: file.name, reason: 'not a valid wheel filename (PEP 427)' });
      else ignored++;
      continue;
    }
    if (parsed.kind === 'sdist' && parsed.extension !== '.tar.gz') {
      ignored++;
      continue;
    }
    if (!picks(parsed.normalizedName)) {
      ignored++;
      continue;
    }
    candidates.push({ file, parsed });
  }

  // One name, one file: two keys for the same filename cannot both land in dest.
  const byName = new Map<string, Chosen[]>();
  for (const c of candidates) byName.set(c.file.name, [...(byName.get(c.file.name) ?? []), c]);
  for (const [name, group] of byName) {
    if (group.length > 1) refused.push({ file: name, reason: `listed ${group.length} times (${group.map((g) => g.file.key).join(', ')}); give a source that holds one build` });
  }
  candidates = candidates.filter((c) => byName.get(c.file.name)!.length === 1);

  if (wantVersion !== undefined) {
    for (const c of candidates) {
      if (!versionsEqual(c.parsed.normalizedVersion, wantVersion)) {
        refused.push({ file: c.file.name, reason: `version ${c.parsed.normalizedVersion}, not the expected ${wantVersion}` });
      }
    }
    candidates = candidates.filter((c) => versionsEqual(c.parsed.normalizedVersion, wantVersion));
  } else {
    const versions = new Map<string, number>();
    for (const c of candidates) versions.set(c.parsed.normalizedVersion, (versions.get(c.parsed.normalizedVersion) ?? 0) + 1);
    if (versions.size > 1) {
      const all = [...versions].map(([v, n]) => `${v} (${n})`).join(', ');
      for (const c of candidates) {
        refused.push({ file: c.file.name, reason: `the source mixes versions ${all}; set version to choose one` });
      }
      candidates = [];
    }
  }

  const chosen = candidates.sort((a, b) => (a.file.name < b.file.name ? -1 : a.file.name > b.file.name ? 1 : 0));
  const missing: string[] = [];
  let expectedCount: number | undefined;

  if (expectLines.length > 0) {
    // The packages the lines speak for: those named, else those found, plus any a line names.
    const found = chosen.map((c) => c.parsed.normalizedName);
    const named = expectLines.flatMap((l) => (l.package ? [l.package] : []));
    const projects = wanted.size > 0 ? [...wanted] : [...new Set([...found, ...named])];
    const version = wantVersion ?? chosen[0]?.parsed.normalizedVersion ?? '*';
    if (projects.length === 0) {
      for (const line of expectLines) missing.push(`*-${version}-${line.triple}.whl`);
    }
    let lineCount = 0;
    for (const project of projects.sort()) {
      const lines = expectLines.filter((l) => appliesTo(l, project));
      lineCount += lines.length;
      const wheels = chosen.flatMap((c) => (c.parsed.kind === 'wheel' && c.parsed.normalizedName === project ? [{ name: c.file.name, w: c.parsed }] : []));
      for (const line of lines) {
        const meeting = wheels.filter(({ w }) => wheelMeets(w, line));
        if (meeting.length === 0) missing.push(`${escaped(project)}-${version}-${line.triple}.whl`);
        // A line without globs stands for one wheel: a second one (another build of the same tags)
        // would make the count of a complete set wrong.
        if (!line.glob && meeting.length > 1) {
          for (const extra of meeting.slice(1)) {
            unexpected.push({ file: extra.name, reason: `meets the expect line '${line.text}' as ${meeting[0]!.name} does; a line without globs stands for one wheel` });
          }
        }
      }
      for (const { name, w } of wheels) {
        if (!lines.some((line) => wheelMeets(w, line))) unexpected.push({ file: name, reason: 'no expect line asks for its tags' });
      }
    }
    if (!expectLines.some((l) => l.glob)) expectedCount = lineCount + chosen.filter((c) => c.parsed.kind === 'sdist').length;
  }

  if (opts.expectCount !== undefined) {
    expectedCount = opts.expectCount;
    const have = chosen.length;
    if (have < opts.expectCount && missing.length === 0) {
      missing.push(`${opts.expectCount - have} more file(s): expect-count is ${opts.expectCount}, ${have} found`);
    } else if (have > opts.expectCount) {
      unexpected.push({ file: `${have} files`, reason: `expect-count is ${opts.expectCount}` });
    }
  }

  if (expectLines.length === 0 && opts.expectCount === undefined && chosen.length === 0) {
    missing.push(wanted.size > 0 ? `any distribution of ${[...wanted].join(', ')}${wantVersion ? ` ${wantVersion}` : ''}` : 'any wheel');
  }

  const acceptable = refused.length === 0 && unexpected.length === 0;
  return { chosen, missing, unexpected, refused, ignored, expectedCount, acceptable, complete: acceptable && missing.length === 0 };
}

/** The selection's problems as lines for an error message; `max` items per group. */
export function describeProblems(sel: Selection, max = 50): string {
  const lines: string[] = [];
  const group = (title: string, items: string[]) => {
    if (items.length === 0) return;
    lines.push(`${title} (${items.length}):`);
    for (const item of items.slice(0, max)) lines.push(`  - ${item}`);
    if (items.length > max) lines.push(`  … and ${items.length - max} more`);
  };
  group('refused', sel.refused.map((r) => `${r.file}: ${r.reason}`));
  group('unexpected', sel.unexpected.map((r) => `${r.file}: ${r.reason}`));
  group('missing', sel.missing);
  return lines.join('\n');
}
