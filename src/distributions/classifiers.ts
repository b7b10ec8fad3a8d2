/**
 * The classifier refusals that hold for good. warehouse refuses any classifier
 * not in trove-classifiers' current list, and one that list has deprecated. The
 * list grows every few months (new Python versions, licenses, frameworks), so a
 * copy here would refuse tomorrow's valid classifiers: the preflight refuses only
 * what can never become valid.
 * - "Private ::" classifiers, which trove-classifiers reserves so that a project
 *   marked with one can never be uploaded by mistake.
 * - Deprecated classifiers, since a deprecation is never undone. These are the
 *   ones trove-classifiers 2023.4.18 deprecates, with their replacements.
 */

import { pythonRepr } from './python-repr.js';

const DEPRECATED: ReadonlyMap<string, readonly string[]> = new Map([
  ['Natural Language :: Ukranian', ['Natural Language :: Ukrainian']],
  ['Topic :: Communications :: Chat :: AOL Instant Messenger', []],
]);

/** warehouse's refusal of a classifier, in its words; undefined for one this module cannot judge. */
export function classifierRefusal(classifier: string): string | undefined {
  // trove-classifiers keeps no "Private" classifier, so warehouse finds it missing from the list.
  if (/^Private\s*::/.test(classifier)) return `${pythonRepr(classifier)} is not a valid classifier.`;
  const replacements = DEPRECATED.get(classifier);
  if (replacements === undefined) return undefined;
  return replacements.length > 0
    ? `The classifier ${pythonRepr(classifier)} has been deprecated, use one of [${replacements.map(pythonRepr).join(', ')}] instead.`
    : `The classifier ${pythonRepr(classifier)} has been deprecated.`;
}
