/**
 * The name a replacement asset carries on a release until the asset it
 * replaces is gone (see put-asset.ts).
 */

/**
 * Ends the name of a stand-in. The name must come back from GitHub unchanged,
 * or the next run could not find it: GitHub rewrites special characters in
 * asset names (spaces, `~`, `:`, parentheses… become `.`) and names with a
 * leading or trailing period, while letters, digits, `.`, `-` and `_` stay. So
 * it is a suffix, not a hidden `.name` prefix. No asset of a release may end
 * with it (resolveAssets refuses one), so a stand-in is never taken for one.
 */
export const STAND_IN_SUFFIX = '.pyrelease-replacement';

/** The characters GitHub keeps in an asset name; any other becomes `.`. */
function keptByGitHub(name: string): string {
  return name.replace(/[^A-Za-z0-9._-]/g, '.');
}

/** The stand-in for the asset `name`: made of characters GitHub keeps, so it is found again by name. */
export function standInName(name: string): string {
  const safe = keptByGitHub(name)
    .replace(/\.{2,}/g, '.')
    .replace(/^\.|\.$/g, '');
  return `${safe || 'asset'}${STAND_IN_SUFFIX}`;
}

/** Whether `name`, as GitHub would store it ("x pyrelease-replacement" arrives as "x.pyrelease-replacement"), is a stand-in's. */
export function isStandInName(name: string): boolean {
  return keptByGitHub(name).endsWith(STAND_IN_SUFFIX);
}
