/**
 * Project-name rules shared by filenames, METADATA and the index.
 * PEP 503 normalization is the identity of a project everywhere (index URLs,
 * duplicate detection); the underscore form is what PEP 427/625 filenames use.
 */

/** PEP 503: `re.sub(r"[-_.]+", "-", name).lower()`. */
export function normalizeName(name: string): string {
  return name.replace(/[-_.]+/g, '-').toLowerCase();
}

/** The name as it must appear in a wheel or sdist filename: normalized, with `-` written as `_`. */
export function filenameEscapedName(name: string): string {
  return normalizeName(name).replace(/-/g, '_');
}

/**
 * Core metadata `Name` rule (and warehouse's PROJECT_NAME_RE): ASCII letters and
 * digits, with `.`, `_` and `-` allowed only inside.
 */
export function isValidProjectName(name: string): boolean {
  return /^([A-Z0-9]|[A-Z0-9][A-Z0-9._-]*[A-Z0-9])$/i.test(name);
}
