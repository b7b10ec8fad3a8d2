/**
 * The wheels a planned leg installs (plan-verify's `wheels`): one per
 * distribution, each of the version under test, each a file the manifest
 * lists. Checked before anything runs: a leg that installs the wrong file
 * would report coverage it did not give.
 */
import { UserError } from '../../errors.js';
// Module by module, not the distributions index: the action's entry loads this to check its inputs.
import { parseWheelFilename, type WheelFilename } from '../../distributions/filename.js';
import type { Manifest, ManifestEntry } from '../../distributions/manifest.js';
import { normalizeName } from '../../distributions/names.js';
import { versionsEqual } from '../../distributions/versions.js';

export interface LegWheel {
  filename: string;
  parsed: WheelFilename;
  /** The distribution it belongs to, as `packages` names it. */
  project: string;
}

/**
 * The distributions a leg verifies: `packages` (names as given, duplicates
 * under PEP 503 dropped), or, when none are given, those of `wheels`.
 */
export function legPackages(packages: string[], wheels: string[]): string[] {
  const names = packages.length > 0 ? packages : wheels.map((w) => parseWheel(w).name);
  const seen = new Set<string>();
  return names.filter((n) => {
    const key = normalizeName(n);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function parseWheel(filename: string): WheelFilename {
  if (!filename.endsWith('.whl')) throw new UserError(`wheels: ${filename} is not a wheel filename (a leg installs wheels, never an sdist).`);
  try {
    return parseWheelFilename(filename);
  } catch (err) {
    throw new UserError(`wheels: ${filename} is not a wheel filename (${err instanceof Error ? err.message : String(err)}).`);
  }
}

/** Each wheel with its distribution, by PEP 503 name; a UserError naming the first problem. */
export function planLegWheels(packages: string[], version: string, wheels: string[]): Map<string, LegWheel> {
  const byName = new Map(packages.map((p) => [normalizeName(p), p]));
  const planned = new Map<string, LegWheel>();
  for (const filename of wheels) {
    const parsed = parseWheel(filename);
    const project = byName.get(parsed.normalizedName);
    if (!project) {
      throw new UserError(`wheels: ${filename} is a wheel of ${parsed.name}, which package does not name (${packages.join(', ')}). Name every distribution of the leg's wheels in package, or leave package empty.`);
    }
    if (!versionsEqual(parsed.version, version)) {
      throw new UserError(`wheels: ${filename} is version ${parsed.version}, but version is ${version}.`);
    }
    const other = planned.get(parsed.normalizedName);
    if (other) {
      throw new UserError(other.filename === filename
        ? `wheels: ${filename} is named twice.`
        : `wheels: ${other.filename} and ${filename} are both wheels of ${project}; one environment holds one of them. Install each in a leg of its own (plan-verify plans them so).`);
    }
    planned.set(parsed.normalizedName, { filename, parsed, project });
  }
  const without = packages.filter((p) => !planned.has(normalizeName(p)));
  if (without.length > 0) throw new UserError(`wheels names no wheel of ${without.join(', ')}; a leg given wheels installs exactly those, one for each package.`);
  return planned;
}

/** Each leg wheel's manifest entry; a UserError for one the manifest does not list. */
export function manifestEntries(planned: Iterable<LegWheel>, manifest: Manifest, manifestPath: string): Map<string, ManifestEntry> {
  const entries = new Map<string, ManifestEntry>();
  for (const w of planned) {
    const entry = manifest.files.find((f) => f.filename === w.filename);
    if (!entry) {
      const listed = manifest.files.map((f) => f.filename).filter((f) => f.endsWith('.whl'));
      throw new UserError(`wheels names ${w.filename}, which the manifest ${manifestPath} does not list (it lists ${listed.length} wheel${listed.length === 1 ? '' : 's'}${listed.length > 0 && listed.length <= 8 ? `: ${listed.join(', ')}` : ''}). Pass the manifest of the set the plan was made for.`);
    }
    entries.set(w.filename, entry);
  }
  return entries;
}
