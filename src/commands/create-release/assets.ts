/**
 * Release assets on this side: the files the `assets` globs name, their
 * sha256, and what to do with each given what the release already holds.
 */
import { stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { glob } from 'glob';
import { UserError } from '../../errors.js';
import { leadsOutOf } from '../../files/within.js';
import { findAsset, type ReleaseAsset } from '../../github/releases.js';
import { hash } from '../../hashing/index.js';
import { isStandInName, STAND_IN_SUFFIX } from './stand-in.js';

export interface LocalAsset {
  path: string;
  name: string;
  size: number;
  sha256: string;
  contentType: string;
}

const CONTENT_TYPES: [RegExp, string][] = [
  [/\.(whl|zip|egg)$/i, 'application/zip'],
  [/\.(tar\.gz|tgz)$/i, 'application/gzip'],
  [/\.tar\.bz2$/i, 'application/x-bzip2'],
  [/\.tar\.xz$/i, 'application/x-xz'],
  [/\.json$/i, 'application/json'],
  [/\.(txt|sha256|md5|asc|sig)$/i, 'text/plain'],
  [/\.md$/i, 'text/markdown'],
  [/\.(intoto\.jsonl|jsonl)$/i, 'application/jsonl'],
];

export function contentTypeFor(name: string): string {
  return CONTENT_TYPES.find(([re]) => re.test(name))?.[1] ?? 'application/octet-stream';
}

export async function sha256File(path: string): Promise<string> {
  return (await hash(path, ['sha256'])).sha256;
}

/**
 * The files the globs name, relative to `cwd`. A line starting with `!`
 * excludes matches. Every other line must match at least one file, and no two
 * files may share a name (a release asset is known by its name alone).
 */
export async function resolveAssets(patterns: string[], cwd: string): Promise<LocalAsset[]> {
  const include = patterns.filter((p) => !p.startsWith('!'));
  const ignore = patterns.filter((p) => p.startsWith('!')).map((p) => p.slice(1));
  const byPath = new Map<string, string>();
  const unmatched: string[] = [];
  for (const pattern of include) {
    const found = await glob(pattern, { cwd, nodir: true, dot: true, absolute: true, ignore });
    if (found.length === 0) unmatched.push(pattern);
    for (const path of found.sort()) byPath.set(path, basename(path));
  }
  if (unmatched.length > 0) {
    throw new UserError(
      `Input 'assets': ${unmatched.map((p) => `'${p}'`).join(', ')} matched no file in ${cwd}. ` +
        'Check the paths (globs are relative to the workspace) and that the files were downloaded into this job.',
    );
  }
  // A line break or other control character: GitHub would store the asset under another name, and it is no name anyone meant.
  // eslint-disable-next-line no-control-regex
  const controls = [...byPath.values()].filter((n) => /[\x00-\x1f\x7f-\x9f]/.test(n));
  if (controls.length > 0) {
    throw new UserError(
      `Input 'assets': the file name${controls.length === 1 ? '' : 's'} ${controls.map((n) => JSON.stringify(n)).join(', ')} ` +
        `${controls.length === 1 ? 'holds' : 'hold'} a control character (a line break, say). Rename the file, or exclude it with a ! line. Nothing was uploaded.`,
    );
  }
  // A link in the checkout that leads out of it would upload what it points at (the runner's
  // environment, a credentials file): the release is public.
  const escaping = [...byPath.keys()].flatMap((path) => {
    const out = leadsOutOf(path, cwd);
    return out === undefined ? [] : [`${path} → ${out}`];
  });
  if (escaping.length > 0) {
    throw new UserError(
      `Input 'assets': ${escaping.join(', ')}: ${escaping.length === 1 ? 'a link leads' : 'links lead'} out of the workspace, and the upload would publish ` +
        'what they point at. Give the files themselves, or exclude the links with ! lines. Nothing was uploaded.',
    );
  }
  const reserved = [...byPath.values()].filter(isStandInName);
  if (reserved.length > 0) {
    throw new UserError(
      `Input 'assets': ${reserved.join(', ')} ${reserved.length === 1 ? 'ends' : 'end'} with ${STAND_IN_SUFFIX}, which marks a replacement in progress on a release. ` +
        'Rename the file, or exclude it with a ! line.',
    );
  }
  const byName = new Map<string, string[]>();
  for (const [path, name] of byPath) byName.set(name, [...(byName.get(name) ?? []), path]);
  const clashes = [...byName.entries()].filter(([, paths]) => paths.length > 1);
  if (clashes.length > 0) {
    throw new UserError(
      `Input 'assets': release assets are known by name, and several files share one: ` +
        clashes.map(([name, paths]) => `${name} (${paths.join(', ')})`).join('; ') +
        '. Narrow the globs so each name appears once.',
    );
  }
  const assets: LocalAsset[] = [];
  for (const [path, name] of byPath) {
    const { size } = await stat(path);
    assets.push({ path, name, size, sha256: await sha256File(path), contentType: contentTypeFor(name) });
  }
  return assets.sort((a, b) => a.name.localeCompare(b.name));
}

export type AssetAction = 'upload' | 'skip' | 'replace';

export interface AssetPlan {
  local: LocalAsset;
  action: AssetAction;
  existing?: ReleaseAsset;
  /** Why, for logs and the summary. */
  reason: string;
}

/** GitHub reports an asset's sha256 as "sha256:<hex>" (null for assets uploaded before it computed digests). */
export function assetSha256(asset: Pick<ReleaseAsset, 'digest'>): string | undefined {
  const m = /^sha256:([0-9a-f]{64})$/i.exec(asset.digest ?? '');
  return m ? m[1]!.toLowerCase() : undefined;
}

/** True when the release's asset holds exactly the local bytes. */
export function sameBytes(asset: ReleaseAsset, local: LocalAsset): boolean {
  return asset.state === 'uploaded' && asset.size === local.size && assetSha256(asset) === local.sha256;
}

/**
 * What to do with each local asset. Identical bytes are skipped; an
 * incomplete upload left by an interrupted run is replaced; the same name
 * with other bytes (or bytes GitHub cannot vouch for, having no digest) is a
 * conflict unless `overwrite` is set. Conflicts are returned, not thrown, so
 * the caller can name them all at once.
 */
export function planAssets(locals: LocalAsset[], existing: ReleaseAsset[], overwrite: boolean): { plans: AssetPlan[]; conflicts: string[] } {
  const plans: AssetPlan[] = [];
  const conflicts: string[] = [];
  for (const local of locals) {
    const have = findAsset(existing, local.name);
    if (!have) {
      plans.push({ local, action: 'upload', reason: 'new' });
    } else if (have.state !== 'uploaded') {
      plans.push({ local, action: 'replace', existing: have, reason: `an incomplete upload (state ${have.state}) is replaced` });
    } else if (sameBytes(have, local)) {
      plans.push({ local, action: 'skip', existing: have, reason: 'identical (same sha256)' });
    } else {
      const theirs = assetSha256(have);
      const why = theirs
        ? `has sha256 ${theirs}, the local file ${local.sha256}`
        : `has no digest to compare (${have.size} bytes on the release, ${local.size} here)`;
      if (overwrite) plans.push({ local, action: 'replace', existing: have, reason: `replaced: the release's asset ${why}` });
      else conflicts.push(`${local.name} ${why}`);
    }
  }
  return { plans, conflicts };
}
