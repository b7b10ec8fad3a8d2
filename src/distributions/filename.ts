/**
 * Wheel (PEP 427) and sdist (PEP 625) filenames, parsed with the same rules and
 * the same error texts as `packaging.utils.parse_wheel_filename` /
 * `parse_sdist_filename` (packaging 26), because PyPI answers a bad wheel
 * filename with packaging's message verbatim.
 */
import { UserError } from '../errors.js';
import { normalizeName } from './names.js';
import { normalizeVersion } from './versions.js';
import { pythonRepr } from './python-repr.js';

export interface WheelFilename {
  kind: 'wheel';
  filename: string;
  /** The name exactly as written in the filename (packaging would return it normalized; see normalizedName). */
  name: string;
  /** PEP 503 form of `name`. */
  normalizedName: string;
  /** The version exactly as written in the filename. */
  version: string;
  /** `str(Version(version))`. */
  normalizedVersion: string;
  build?: { number: number; rest: string };
  /** Lower-cased, as packaging's Tag does. */
  pythonTags: string[];
  abiTags: string[];
  platformTags: string[];
  /** Expanded cross product "py-abi-plat", in filename order, without duplicates. */
  tags: string[];
}

export interface SdistFilename {
  kind: 'sdist';
  filename: string;
  name: string;
  normalizedName: string;
  version: string;
  normalizedVersion: string;
  extension: '.tar.gz' | '.zip';
}

export type DistributionFilename = WheelFilename | SdistFilename;

export class FilenameError extends UserError {
  /** The text packaging (and so PyPI, for wheels) gives for this filename. */
  readonly packagingMessage: string;
  constructor(readonly filename: string, packagingMessage: string, hint: string) {
    super(`${packagingMessage}. ${hint}`);
    this.name = 'FilenameError';
    this.packagingMessage = packagingMessage;
  }
}

const WHEEL_HINT =
  'A wheel is named {name}-{version}(-{build})?-{python tag}-{abi tag}-{platform tag}.whl (PEP 427), '
  + 'with the name normalized and "-" written as "_".';
const SDIST_HINT = 'An sdist is named {normalized_name}-{version}.tar.gz (PEP 625).';

/** Python's `\w` under re.UNICODE is letters, digits (all numeric categories) and "_". */
const WHEEL_NAME_PART = /^[\p{L}\p{N}_.]*$/u;
const BUILD_TAG = /^(\d+)(.*)$/s;

export function parseWheelFilename(filename: string): WheelFilename {
  if (!filename.endsWith('.whl')) {
    throw new FilenameError(filename, `Invalid wheel filename (extension must be '.whl'): ${pythonRepr(filename)}`, WHEEL_HINT);
  }
  const stem = filename.slice(0, -4);
  const dashes = stem.split('-').length - 1;
  if (dashes !== 4 && dashes !== 5) {
    throw new FilenameError(filename, `Invalid wheel filename (wrong number of parts): ${pythonRepr(stem)}`, WHEEL_HINT);
  }
  const pieces = stem.split('-');
  // Python's split('-', dashes - 2): the last piece keeps its two dashes (the tag triple).
  const head = pieces.slice(0, dashes - 2);
  const parts = [...head, pieces.slice(dashes - 2).join('-')];
  const namePart = parts[0];
  if (namePart.includes('__') || !WHEEL_NAME_PART.test(namePart)) {
    throw new FilenameError(filename, `Invalid project name: ${pythonRepr(stem)}`, WHEEL_HINT);
  }
  const normalizedVersion = normalizeVersion(parts[1]);
  if (normalizedVersion === undefined) {
    throw new FilenameError(filename, `Invalid wheel filename (invalid version): ${pythonRepr(stem)}`, WHEEL_HINT);
  }
  let build: WheelFilename['build'];
  if (dashes === 5) {
    const match = BUILD_TAG.exec(parts[2]);
    if (!match) {
      throw new FilenameError(filename, `Invalid build number: ${parts[2]} in ${pythonRepr(stem)}`, `${WHEEL_HINT} A build tag must start with a digit.`);
    }
    build = { number: Number.parseInt(match[1], 10), rest: match[2] };
  }
  const [interpreters, abis, platforms] = parts[parts.length - 1].split('-');
  const pythonTags = interpreters.toLowerCase().split('.');
  const abiTags = abis.toLowerCase().split('.');
  const platformTags = platforms.toLowerCase().split('.');
  const tags: string[] = [];
  for (const py of pythonTags) {
    for (const abi of abiTags) {
      for (const plat of platformTags) {
        const tag = `${py}-${abi}-${plat}`;
        if (!tags.includes(tag)) tags.push(tag);
      }
    }
  }
  return {
    kind: 'wheel',
    filename,
    name: namePart,
    normalizedName: normalizeName(namePart),
    version: parts[1],
    normalizedVersion,
    ...(build ? { build } : {}),
    pythonTags: unique(pythonTags),
    abiTags: unique(abiTags),
    platformTags: unique(platformTags),
    tags,
  };
}

export function parseSdistFilename(filename: string): SdistFilename {
  let extension: SdistFilename['extension'];
  if (filename.endsWith('.tar.gz')) extension = '.tar.gz';
  else if (filename.endsWith('.zip')) extension = '.zip';
  else {
    throw new FilenameError(filename, `Invalid sdist filename (extension must be '.tar.gz' or '.zip'): ${pythonRepr(filename)}`, SDIST_HINT);
  }
  const stem = filename.slice(0, -extension.length);
  // A PEP 440 version cannot contain "-", so the last dash separates name and version.
  const dash = stem.lastIndexOf('-');
  if (dash === -1) {
    throw new FilenameError(filename, `Invalid sdist filename: ${pythonRepr(filename)}`, SDIST_HINT);
  }
  const name = stem.slice(0, dash);
  const version = stem.slice(dash + 1);
  const normalizedVersion = normalizeVersion(version);
  if (normalizedVersion === undefined) {
    throw new FilenameError(filename, `Invalid sdist filename (invalid version): ${pythonRepr(filename)}`, SDIST_HINT);
  }
  return { kind: 'sdist', filename, name, normalizedName: normalizeName(name), version, normalizedVersion, extension };
}

/** A wheel by `.whl`, an sdist by `.tar.gz`/`.zip`; anything else is a FilenameError. */
export function parseDistributionFilename(filename: string): DistributionFilename {
  if (filename.endsWith('.whl')) return parseWheelFilename(filename);
  if (filename.endsWith('.tar.gz') || filename.endsWith('.zip')) return parseSdistFilename(filename);
  throw new FilenameError(
    filename,
    `Unknown distribution type: ${pythonRepr(filename)}`,
    'Distributions are wheels (.whl) or sdists (.tar.gz); PyPI accepts no other extension.',
  );
}

function unique(values: string[]): string[] {
  return [...new Set(values)];
}
