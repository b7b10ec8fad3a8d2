/**
 * Version tags in PEP 440 order: which tag the generated notes start from,
 * whether a release is a pre-release, whether it should become "latest".
 * Tags are compared as versions, never by date: a backport tagged last
 * (v2.8.1 after v2.10.0) is not the previous release of v2.11.0.
 */
import { comparePep440Versions } from '../../versions/pep440.js';
import pep440 from '@renovatebot/pep440';

/** How a repository spells its version tags: the text around the version ("v" + 2.10.0 + ""). */
export interface TagScheme {
  prefix: string;
  suffix: string;
}

export interface TagVersion {
  tag: string;
  /** The version as written in the tag. */
  version: string;
  prerelease: boolean;
}

export function isValidPep440(v: string): boolean {
  return pep440.explain(v) !== null;
}

/** PEP 440: a version with a pre-release or development segment is a pre-release. */
export function isPrerelease(version: string): boolean {
  const e = pep440.explain(version);
  return !!e && (e.is_prerelease || e.is_devrelease);
}

/**
 * The scheme of `tag`: around `version` when the tag contains it literally
 * ("v{version}", "release-{version}"), otherwise the text before the first
 * digit from which the rest is a PEP 440 version. Undefined when the tag names
 * no version.
 */
export function tagScheme(tag: string, version?: string): TagScheme | undefined {
  if (version) {
    const at = tag.lastIndexOf(version);
    if (at >= 0) return { prefix: tag.slice(0, at), suffix: tag.slice(at + version.length) };
  }
  for (let i = 0; i < tag.length; i++) {
    if (!/\d/.test(tag[i]!) || (i > 0 && /\d/.test(tag[i - 1]!))) continue;
    const rest = tag.slice(i);
    if (isValidPep440(rest)) return { prefix: tag.slice(0, i), suffix: '' };
  }
  return undefined;
}

/** The version a tag names under `scheme`, if it follows it. */
export function tagVersion(tag: string, scheme: TagScheme): TagVersion | undefined {
  if (!tag.startsWith(scheme.prefix) || !tag.endsWith(scheme.suffix)) return undefined;
  const version = tag.slice(scheme.prefix.length, tag.length - scheme.suffix.length);
  // The version must start right after the prefix: "v" + "v2.0" is not the scheme "v{version}".
  if (!/^\d/.test(version) || !isValidPep440(version)) return undefined;
  return { tag, version, prerelease: isPrerelease(version) };
}

/** The version of the release being made: the `version` input, else the one in its tag. */
export function releaseVersion(tag: string, version?: string): string | undefined {
  if (version) return version;
  const scheme = tagScheme(tag);
  return scheme ? tagVersion(tag, scheme)?.version : undefined;
}

function versionTags(tags: string[], scheme: TagScheme): TagVersion[] {
  return tags.map((t) => tagVersion(t, scheme)).filter((t): t is TagVersion => t !== undefined);
}

/**
 * The tag the generated notes start from: the highest version below
 * `version` among the tags of the same scheme. For a final release only final
 * releases count (the notes of 2.10.0 cover everything since 2.9.0, not since
 * 2.10.0rc1); for a pre-release any earlier version does.
 */
export function previousVersionTag(tags: string[], tag: string, version: string): TagVersion | undefined {
  const scheme = tagScheme(tag, version);
  if (!scheme) return undefined;
  const final = !isPrerelease(version);
  let best: TagVersion | undefined;
  for (const t of versionTags(tags, scheme)) {
    if (t.tag === tag || comparePep440Versions(t.version, version) >= 0) continue;
    if (final && t.prerelease) continue;
    if (!best || comparePep440Versions(t.version, best.version) > 0) best = t;
  }
  return best;
}

/** The highest final version tag above `version`, if any: a release below it must not become "latest". */
export function higherFinalTag(tags: string[], tag: string, version: string): TagVersion | undefined {
  const scheme = tagScheme(tag, version);
  if (!scheme) return undefined;
  let best: TagVersion | undefined;
  for (const t of versionTags(tags, scheme)) {
    if (t.prerelease || comparePep440Versions(t.version, version) <= 0) continue;
    if (!best || comparePep440Versions(t.version, best.version) > 0) best = t;
  }
  return best;
}
