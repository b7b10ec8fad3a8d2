/**
 * What an unpinned leg asks pip for. `pip install -U ray` proves that users
 * who upgrade get the new release, but only while it is the newest: a
 * maintenance release (2.9.4, published after 2.10.0) never wins that, and
 * nobody upgrading would get it. What must hold for it is that users who stay
 * on its series (`pip install -U "ray==2.9.*"`) get it. So the requirement is
 * the plain name when no listed version is higher, else the release's series.
 *
 * The series is the release segment as written, without its last component,
 * under the same epoch: 2.9.4 → 2.9, 2.9.4.post1 → 2.9, 2.9.5rc1 → 2.9,
 * 1!2.9.4 → 1!2.9, 2.10 → 2, 7 → 7. `==2.9.*` is PEP 440 prefix matching: it
 * admits 2.9's pre-, post- and dev-releases (pip takes pre-releases only with
 * --pre, as for the plain name) and never 2.10 or its pre-releases.
 *
 * "Higher" counts the versions pip would consider at all: files of the
 * project, not yanked (pip skips yanked files unless the requirement pins them
 * with ==), and pre-releases only with --pre.
 */
import pep440 from '@renovatebot/pep440';
import { normalizeName, parseDistributionFilename } from '../../distributions/index.js';

export interface UpgradeRequirement {
  /** What pip installs with -U: `ray`, or `ray==2.9.*`. */
  requirement: string;
  /** 'newest': no version pip would consider is higher; 'series': one is, so the release must win its series. */
  kind: 'newest' | 'series';
  /** The series, e.g. 2.9 (kind 'series'). */
  series?: string;
  /** The highest version above the release (kind 'series'). */
  higher?: string;
}

/** The release's series: its release segment without the last component (2.9.4 → 2.9), with its epoch. */
export function seriesOf(version: string): string {
  const v = pep440.explain(version);
  if (!v) throw new Error(`${version} is not a PEP 440 version`);
  const parts = v.release.length > 1 ? v.release.slice(0, -1) : v.release;
  return `${v.epoch ? `${v.epoch}!` : ''}${parts.join('.')}`;
}

export function upgradeRequirement(
  project: string,
  version: string,
  files: { filename: string; yanked: boolean | string }[],
  pre: boolean,
): UpgradeRequirement {
  const name = normalizeName(project);
  let higher: string | undefined;
  for (const f of files) {
    if (f.yanked) continue;
    let listed: string;
    try {
      const parsed = parseDistributionFilename(f.filename);
      if (parsed.normalizedName !== name) continue;
      listed = parsed.normalizedVersion;
    } catch {
      continue;
    }
    const explained = pep440.explain(listed);
    if (!explained || (explained.is_prerelease && !pre)) continue;
    if (pep440.gt(listed, version) && (!higher || pep440.gt(listed, higher))) higher = listed;
  }
  if (!higher) return { requirement: project, kind: 'newest' };
  const series = seriesOf(version);
  return { requirement: `${project}==${series}.*`, kind: 'series', series, higher };
}

/** For the log and the checks: what the requirement proves. */
export function describeUpgrade(u: UpgradeRequirement, project: string, version: string): string {
  return u.kind === 'newest'
    ? `pip install -U ${project}: ${version} is the newest version the index lists`
    : `pip install -U "${u.requirement}": ${u.higher} is newer, so ${version} must win its own series, ${u.series}`;
}
