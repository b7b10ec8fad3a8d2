/**
 * PEP 639 `License-Expression`, checked and normalized the way
 * `packaging.licenses.canonicalize_license_expression` does it (warehouse
 * refuses what it refuses): identifiers and operators case-insensitive,
 * `LicenseRef-…` allowed, a trailing `+`, `WITH` an exception. The SPDX lists
 * come from spdx-license-ids and spdx-exceptions.
 */
import licenseIds from 'spdx-license-ids/index.json' with { type: 'json' };
import deprecatedIds from 'spdx-license-ids/deprecated.json' with { type: 'json' };
import exceptionIds from 'spdx-exceptions/index.json' with { type: 'json' };
import { pythonRepr } from './python-repr.js';

const LICENSE_IDS: string[] = [...licenseIds, ...deprecatedIds];
/**
 * Exceptions on SPDX's list (and packaging's) that spdx-exceptions 2.5.0, the
 * newest release, does not carry yet: refusing them would refuse what PyPI takes.
 */
const NEWER_EXCEPTIONS = [
  'Asterisk-linking-protocols-exception', 'CGAL-linking-exception', 'Digia-Qt-LGPL-exception-1.1',
  'GPL-3.0-389-ds-base-exception', 'Independent-modules-exception', 'Nokia-Qt-exception-1.1', 'PCRE2-exception',
  'RRDtool-FLOSS-exception-2.0', 'erlang-otp-linking-exception', 'harbour-exception', 'mxml-exception',
  'polyparse-exception', 'romic-exception',
];
const EXCEPTION_IDS: string[] = [...exceptionIds, ...NEWER_EXCEPTIONS];

const LICENSES = new Map(LICENSE_IDS.map((id) => [id.toLowerCase(), id]));
const EXCEPTIONS = new Map(EXCEPTION_IDS.map((id) => [id.toLowerCase(), id]));
const OPERATORS = new Set(['or', 'and', 'with', '(', ')']);

export type LicenseExpressionResult = { ok: true; normalized: string } | { ok: false; reason: string };

/** packaging's canonicalize_license_expression: the normal form, or why it is refused (its words). */
export function canonicalizeLicenseExpression(raw: string): LicenseExpressionResult {
  const invalid = { ok: false as const, reason: `Invalid license expression: ${pythonRepr(raw)}` };
  if (!raw) return invalid;
  const padded = raw.replace(/\(/g, ' ( ').replace(/\)/g, ' ) ');
  // Python's str.split(): runs of whitespace.
  const original = padded.split(/\s+/).filter((t) => t !== '');
  const refs = new Map(original.filter((t) => t.toLowerCase().startsWith('licenseref-')).map((t) => [t.toLowerCase(), `LicenseRef-${t.slice('LicenseRef-'.length)}`]));
  const tokens = original.map((t) => t.toLowerCase());

  // packaging checks the grammar by turning the expression into Python booleans; this is that grammar.
  const shape: string[] = [];
  for (const token of tokens) {
    if (!OPERATORS.has(token)) shape.push('x');
    else if (token === 'with') shape.push('or');
    else if ((token === '(' && shape.length > 0 && !['or', 'and', '('].includes(shape[shape.length - 1]))
      || (token === ')' && shape.length > 0 && shape[shape.length - 1] === '(')) return invalid;
    else shape.push(token);
  }
  if (!parses(shape)) return invalid;

  const normalized: string[] = [];
  for (const token of tokens) {
    if (OPERATORS.has(token)) {
      normalized.push(token.toUpperCase());
      continue;
    }
    if (normalized[normalized.length - 1] === 'WITH') {
      const exception = EXCEPTIONS.get(token);
      if (!exception) return { ok: false, reason: `Unknown license exception: ${pythonRepr(token)}` };
      normalized.push(exception);
      continue;
    }
    const plus = token.endsWith('+') ? '+' : '';
    const id = plus ? token.slice(0, -1) : token;
    if (id.startsWith('licenseref-')) {
      if (!/^[A-Za-z0-9.-]*$/.test(id)) return { ok: false, reason: `Invalid licenseref: ${pythonRepr(id)}` };
      normalized.push(refs.get(id)! + plus);
    } else {
      const license = LICENSES.get(id);
      if (!license) return { ok: false, reason: `Unknown license: ${pythonRepr(id)}` };
      normalized.push(license + plus);
    }
  }
  return { ok: true, normalized: normalized.join(' ').replace(/\( /g, '(').replace(/ \)/g, ')') };
}

/** expr := term (("or" | "and") term)*, term := x | "(" expr ")": what compile() accepts of these tokens. */
function parses(tokens: string[]): boolean {
  let i = 0;
  const term = (): boolean => {
    if (tokens[i] === 'x') {
      i++;
      return true;
    }
    if (tokens[i] === '(') {
      i++;
      if (!expr() || tokens[i] !== ')') return false;
      i++;
      return true;
    }
    return false;
  };
  const expr = (): boolean => {
    if (!term()) return false;
    while (tokens[i] === 'or' || tokens[i] === 'and') {
      i++;
      if (!term()) return false;
    }
    return true;
  };
  return expr() && i === tokens.length;
}
