/**
 * The comparisons verify-install makes, as plain functions: each answers with
 * a check (name, pass or fail, and a detail that names both sides).
 */
import type { Digests, Manifest } from '../../distributions/index.js';
import { versionsEqual } from '../../distributions/index.js';
import type { RecordCheck } from '../../python/index.js';

export interface Check {
  name: string;
  ok: boolean;
  detail: string;
}

export function checkDistributionVersion(project: string, installed: string, expected: string): Check {
  const ok = versionsEqual(installed, expected);
  return {
    name: `${project} version`,
    ok,
    detail: ok ? `${installed} (equal to ${expected} under PEP 440)` : `the installed ${project} is ${installed}, but ${expected} was expected`,
  };
}

/** The installed files against the distribution's RECORD: each listed file there, with the size it gives. */
export function checkRecord(project: string, record: RecordCheck | undefined, metadataDir: string): Check {
  const name = `${project} files`;
  if (!record) return { name, ok: false, detail: `${metadataDir} has no RECORD: pip writes one for every wheel it installs, so this is no wheel install` };
  const problems: string[] = [];
  const more = (shown: number, count: number): string => (count > shown ? ` and ${count - shown} more` : '');
  if (record.missingCount > 0) problems.push(`${record.missingCount} listed file${record.missingCount === 1 ? ' is' : 's are'} missing: ${record.missing.join(', ')}${more(record.missing.length, record.missingCount)}`);
  if (record.resizedCount > 0) problems.push(`${record.resizedCount} of another size: ${record.resized.join(', ')}${more(record.resized.length, record.resizedCount)}`);
  if (problems.length > 0) return { name, ok: false, detail: `${project}'s RECORD does not match what is installed: ${problems.join('; ')}` };
  return { name, ok: true, detail: `all ${record.files} files of its RECORD are there, with the sizes RECORD gives` };
}

/** sys.path as the environment's interpreter has it: no site directory from outside the environment. */
export function checkIsolation(sysPath: string[], inEnvironment: (path: string) => boolean, root: string): Check {
  const foreign = sysPath.filter((p) => /[\\/](site|dist)-packages([\\/]|$)/.test(p) && !inEnvironment(p));
  return foreign.length === 0
    ? { name: 'isolation', ok: true, detail: `sys.path holds no site-packages but those of ${root}` }
    : { name: 'isolation', ok: false, detail: `the environment ${root} also sees ${foreign.join(', ')}: packages there could stand in for the installed ones` };
}

export function checkVersionAttribute(module: string, actual: string | undefined, expected: string, required: boolean): Check {
  const name = `${module}.__version__`;
  if (actual === undefined) {
    return required
      ? { name, ok: false, detail: `${module} has no __version__, so the import cannot show which version it found (set require-version-attribute: false for a package without one)` }
      : { name, ok: true, detail: 'not defined (allowed by require-version-attribute: false)' };
  }
  const ok = versionsEqual(actual, expected);
  return {
    name,
    ok,
    detail: ok ? `${actual} (equal to ${expected} under PEP 440)` : `${module}.__version__ is ${JSON.stringify(actual)}, but ${expected} was expected`,
  };
}

/** Exact, except that a hexadecimal commit compares case-insensitively. */
export function checkCommit(module: string, actual: string | undefined, expected: string): Check {
  const name = `${module}.__commit__`;
  if (actual === undefined) return { name, ok: false, detail: `${module} has no __commit__, but expect-commit is ${expected}` };
  const hex = /^[0-9a-f]+$/i;
  const ok = actual === expected || (hex.test(actual) && hex.test(expected) && actual.toLowerCase() === expected.toLowerCase());
  return { name, ok, detail: ok ? actual : `${module}.__commit__ is ${JSON.stringify(actual)}, but ${expected} was expected` };
}

export function checkFileLocation(module: string, file: string | undefined, inside: boolean, root: string): Check {
  const name = `${module}.__file__`;
  if (!file) return { name, ok: false, detail: `${module} has no __file__ or __path__: cannot tell where it was imported from` };
  return {
    name,
    ok: inside,
    detail: inside ? file : `${module} was imported from ${file}, outside the fresh environment ${root}: something else shadows the installed package`,
  };
}

/** The installed wheel's bytes against its manifest entry. */
export function checkManifest(manifest: Manifest, manifestPath: string, filename: string, actual: Pick<Digests, 'sha256' | 'size'>): Check {
  const name = 'manifest';
  const entry = manifest.files.find((f) => f.filename === filename);
  if (!entry) {
    const wheels = manifest.files.map((f) => f.filename).filter((f) => f.endsWith('.whl'));
    return {
      name,
      ok: false,
      detail: `the installed wheel ${filename} is not in the manifest ${manifestPath} (it lists ${wheels.length} wheel${wheels.length === 1 ? '' : 's'}: ${wheels.join(', ') || 'none'})`,
    };
  }
  const problems: string[] = [];
  if (entry.sha256.toLowerCase() !== actual.sha256.toLowerCase()) problems.push(`sha256 ${actual.sha256}, the manifest says ${entry.sha256}`);
  if (entry.size !== actual.size) problems.push(`${actual.size} bytes, the manifest says ${entry.size}`);
  if (problems.length > 0) {
    return { name, ok: false, detail: `the installed ${filename} differs from the manifest ${manifestPath}: ${problems.join('; ')}` };
  }
  return { name, ok: true, detail: `${filename} is byte-identical to the manifest entry (sha256 ${entry.sha256})` };
}
