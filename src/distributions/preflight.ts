/**
 * Preflight: everything PyPI (and pip) would refuse about a set of distribution
 * files, found locally and all at once, before anything is uploaded. Each problem
 * names the file, says what is wrong and what to do, and, where warehouse has one,
 * carries the exact 400 text PyPI would answer.
 */
import { stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { UserError } from '../errors.js';
import { FilenameError, parseDistributionFilename } from './filename.js';
import type { DistributionFilename } from './filename.js';
import { hash } from '../hashing/index.js';
import type { KnownDigests } from './digests.js';
import { defaultRstRenderer } from '../python/rst-renderer.js';
import { DescriptionChecks, descriptionToRender, renderRefusal } from './description.js';
import type { DescriptionRenderer } from './description.js';
import { entryPointErrors } from './entry-points.js';
import { MetadataError, parseCoreMetadata, parseWheelFile, SUPPORTED_METADATA_VERSIONS } from './metadata.js';
import { checkMetadataFields, metadataRefusal } from './metadata-rules.js';
import type { LicenseFiles } from './metadata-rules.js';
import type { CoreMetadata } from './metadata.js';
import { filenameEscapedName, isValidProjectName, normalizeName } from './names.js';
import { platformTagAllowed } from './platform-tags.js';
import { pythonRepr } from './python-repr.js';
import { verifyRecord } from './record.js';
import { readSdistArchive } from './sdist-archive.js';
import { readWheelArchive } from './wheel-archive.js';
import type { WheelArchive } from './wheel-archive.js';
import type { ArchiveLimits, ArchiveProblem } from './zip-scan.js';
import { MiB } from './zip-scan.js';
import { isValidVersion, localVersionLabel, normalizeVersion, versionsEqual } from './versions.js';

export { platformTagAllowed } from './platform-tags.js';

export interface Problem {
  /** The distribution's filename (set rules name each file they are about). */
  file: string;
  /** Stable identifier, e.g. 'wheel-platform-tag'. */
  rule: string;
  /** What is wrong. */
  message: string;
  /** What to do about it. */
  fix: string;
  /** The exact text PyPI's upload API answers (HTTP 400) for this, when it has one. */
  pypiMessage?: string;
  /**
   * What follows from this problem and would otherwise be reported on its own
   * (a renamed wheel has no .dist-info directory under the new name): folded
   * under the cause so the cause is read first.
   */
  consequences?: string[];
}

export interface DistributionInfo {
  path: string;
  filename: string;
  parsed?: DistributionFilename;
  size: number;
  sha256: string;
  /** '' when the inspection was told not to compute it (InspectOptions.blake2b false). */
  blake2b256: string;
  /** METADATA (wheel) or PKG-INFO (sdist), when it could be read and parsed. */
  metadata?: CoreMetadata;
  /** The WHEEL file's fields (wheels only). */
  wheelFile?: Record<string, string[]>;
  /** Problems with this file alone; set problems are only in preflight()'s list. */
  problems: Problem[];
  /** What PyPI accepts but should still be looked at (a version not in normal form); never fails a check. Always set by inspectDistribution. */
  warnings?: Problem[];
}

export interface PreflightOptions {
  /** Largest file PyPI will take for this project. Default 100 MiB (PyPI's default limit). */
  maxFileSize?: number;
  /** Every file must have this version (PEP 440 equality). */
  expectedVersion?: string;
  /** Archive reading bounds; see ArchiveLimits. */
  limits?: Partial<ArchiveLimits>;
  /** Files inspected at the same time by preflight(). Default 4. */
  concurrency?: number;
  /**
   * Renders long descriptions as PyPI does (preflight() only; once per distinct
   * text, while the files are still being read). Default: docutils in Python
   * (src/python/rst-renderer.ts); false leaves descriptions unchecked.
   */
  descriptions?: DescriptionRenderer | false;
  /**
   * Compute BLAKE2b-256 (default true; '' in DistributionInfo otherwise). Only an
   * upload needs it (PyPI's blake2_256_digest); a caller that records sha256
   * alone, or computes it later, spares a hash that costs more CPU than the
   * others together.
   */
  blake2b?: boolean;
}

export const DEFAULT_MAX_FILE_SIZE = 100 * MiB;

const PEP_527 = 'See https://www.python.org/dev/peps/pep-0527 and https://peps.python.org/pep-0715/ for more information';
const REBUILD = 'Rebuild it with a standard tool (python -m build, pip wheel, cibuildwheel)';

export interface InspectOptions extends PreflightOptions {
  /**
   * The file's digests, when the caller computed them from these very bytes (an
   * index that hashed an upload as it arrived): the file is then read only for
   * the archive checks. Trusted as given.
   */
  digests?: KnownDigests;
  /**
   * Inflate and sha256 every wheel member for the RECORD and damage checks
   * (default true). Off, RECORD is still compared with the member list, but its
   * hashes and sizes are not checked and damaged members go unnoticed.
   */
  verifyMembers?: boolean;
}

/**
 * Per-file rules: never throws for a bad file; every finding is a Problem. A
 * wheel is read once: the file's digests and every member's come from the same pass.
 */
export async function inspectDistribution(path: string, opts: InspectOptions = {}): Promise<DistributionInfo> {
  const filename = basename(path);
  const info: DistributionInfo = { path, filename, size: 0, sha256: '', blake2b256: '', problems: [] };
  const add = (rule: string, message: string, fix: string, pypiMessage?: string): void => {
    info.problems.push({ file: filename, rule, message, fix, ...(pypiMessage !== undefined ? { pypiMessage } : {}) });
  };
  const warnings: Problem[] = [];
  info.warnings = warnings;
  const warn: Add = (rule, message, fix) => {
    warnings.push({ file: filename, rule, message, fix });
  };
  const addArchive = (problem: ArchiveProblem): void => add(problem.rule, problem.message, problem.fix, problem.pypiMessage);

  const isWheel = filename.endsWith('.whl');
  let wheelArchive: WheelArchive | undefined;
  try {
    const stats = await stat(path);
    if (!stats.isFile()) {
      add('file-unreadable', `${path} is not a regular file`, 'Pass the distribution files themselves (or the directory that holds them), not other paths.');
      return info;
    }
    if (stats.size > (opts.maxFileSize ?? DEFAULT_MAX_FILE_SIZE)) {
      // The index refuses it unread: reading it here (a million members, say) would only cost memory.
      info.size = stats.size;
      try {
        info.parsed = parseDistributionFilename(filename);
      } catch {
        // the filename is judged once the size is right
      }
      checkSize(info, opts, add);
      return info;
    }
    let digests = opts.digests;
    if (isWheel) {
      wheelArchive = await readWheelArchive(path, { ...opts.limits, verifyMembers: opts.verifyMembers ?? true, fileDigests: digests === undefined, blake2b: opts.blake2b ?? true });
      digests ??= wheelArchive.digests;
    }
    // Not a zip (or not a wheel): the digests take a read of their own.
    digests ??= await hash(path, (opts.blake2b ?? true) ? ['sha256', 'blake2b256'] : ['sha256']);
    info.size = digests.size;
    info.sha256 = digests.sha256;
    info.blake2b256 = digests.blake2b256 ?? '';
  } catch (error) {
    add('file-unreadable', `Cannot read ${path}: ${error instanceof Error ? error.message : String(error)}`, 'Check that the file exists and is readable by this job.');
    return info;
  }

  // warehouse `_validate_filename`
  // eslint-disable-next-line no-control-regex
  if (/[\x00-\x1f\x7f]/.test(filename)) {
    add('filename-characters', `The filename ${pythonRepr(filename)} contains control characters`, 'Rename the file to its standard name (PEP 427 for wheels, PEP 625 for sdists).',
      'Cannot upload a file with non-printable characters (ordinals 0-31) or the DEL character (ordinal 127) in the name.');
  }
  if (filename.includes('\\')) {
    add('filename-characters', `The filename ${pythonRepr(filename)} contains a backslash`, 'Rename the file to its standard name (PEP 427 for wheels, PEP 625 for sdists).',
      "Cannot upload a file with '/' or '\\' in the name.");
  }

  const isTarGz = filename.endsWith('.tar.gz');
  const isZip = filename.endsWith('.zip');
  if (!isWheel && !isTarGz && !isZip) {
    const caseOnly = /\.(tar\.gz|zip|whl)$/i.test(filename);
    add('filename-extension',
      caseOnly ? `The extension of ${filename} is not lower-case` : `${filename} is neither a wheel (.whl) nor an sdist (.tar.gz)`,
      caseOnly ? 'Rename the file with a lower-case extension (.whl, .tar.gz).' : 'Publish only wheels and .tar.gz sdists; eggs, .exe, .tar.bz2 and others are no longer accepted.',
      caseOnly ? undefined : `Invalid file extension: Use .tar.gz, .whl or .zip extension. ${PEP_527}`);
    checkSize(info, opts, add);
    return info;
  }

  try {
    info.parsed = parseDistributionFilename(filename);
  } catch (error) {
    if (!(error instanceof FilenameError)) throw error;
    if (isWheel) {
      add('wheel-filename', error.packagingMessage, `${REBUILD} and keep the name it gives: {name}-{version}(-{build})?-{python}-{abi}-{platform}.whl (PEP 427).`, error.packagingMessage);
    } else {
      add('sdist-filename', error.packagingMessage, `${REBUILD} so the sdist is named {normalized_name}-{version}.tar.gz (PEP 625).`, `Invalid source distribution filename: ${filename}`);
    }
  }

  let metadataFile = isWheel ? 'METADATA' : 'PKG-INFO';
  let metadataText: string | undefined;
  /** Where License-File entries must be found. */
  let licenseFiles: LicenseFiles | undefined;
  /** METADATA, WHEEL or RECORD not where PyPI looks: a consequence of a renamed wheel, or a problem of its own. */
  const missingDistInfo: Problem[] = [];
  if (wheelArchive) {
    const archive = wheelArchive;
    archive.problems.forEach(addArchive);
    const expected = archive.expectedDistInfoDir;
    if (archive.readable && archive.distInfoDirs.length > 0 && expected !== undefined) {
      const has = (file: string): boolean => archive.members.includes(`${expected}/${file}`);
      const add = (rule: string, message: string, fix: string, pypiMessage: string): void => {
        missingDistInfo.push({ file: filename, rule, message, fix, pypiMessage });
      };
      if (!has('WHEEL')) {
        add('wheel-missing-wheel-file', `There is no ${expected}/WHEEL (the wheel has ${archive.distInfoDirs.join(', ')})`,
          `${REBUILD}; the .dist-info directory must be named after the filename's name and version.`,
          `Invalid distribution file. WHEEL not found at ${expected}/WHEEL`);
      }
      if (!has('RECORD')) {
        add('wheel-missing-record', `There is no ${expected}/RECORD`, `${REBUILD}; RECORD lists every file with its hash and installers need it.`,
          `Wheel '${filename}' does not contain the required RECORD file: ${expected}/RECORD`);
      }
      if (!has('METADATA')) {
        add('wheel-missing-metadata', `There is no ${expected}/METADATA`, `${REBUILD}; METADATA holds the project's name, version and dependencies.`,
          `Wheel '${filename}' does not contain the required METADATA file: ${expected}/METADATA`);
      }
    }
    metadataText = archive.metadata;
    if (archive.distInfoDir) metadataFile = `${archive.distInfoDir}/METADATA`;
    if (archive.wheel !== undefined) {
      info.wheelFile = parseWheelFile(archive.wheel);
      const wheelVersion = (info.wheelFile['Wheel-Version'] ?? [])[0];
      if (wheelVersion === undefined) {
        add('wheel-file-invalid', `${archive.distInfoDir}/WHEEL has no Wheel-Version`, `${REBUILD}; WHEEL must start with "Wheel-Version: 1.0".`);
      } else if (wheelVersion.split('.')[0] !== '1') {
        add('wheel-file-invalid', `${archive.distInfoDir}/WHEEL says Wheel-Version ${wheelVersion}; installers support only major version 1`, `${REBUILD} with a wheel format installers understand (Wheel-Version 1.x).`);
      }
    }
    const licenseDir = archive.expectedDistInfoDir ?? archive.distInfoDir;
    if (archive.readable && licenseDir !== undefined) licenseFiles = { members: archive.members, root: `${licenseDir}/licenses`, filename };
    if (archive.entryPoints !== undefined) {
      const errors = entryPointErrors(archive.entryPoints);
      if (errors.length > 0) {
        add('wheel-entry-points', `${archive.distInfoDir}/entry_points.txt is not valid: ${errors.slice(0, 3).join('; ')}${errors.length > 3 ? ` (and ${errors.length - 3} more)` : ''}`,
          'Fix the entry points in the project configuration ([project.scripts], [project.gui-scripts], [project.entry-points] or setup(entry_points=…)): each is name = module:attribute, and a script name is a bare name.',
          `Wheel '${filename}' has invalid entry points defined in the entry_points.txt file`);
      }
    }
    if (archive.record !== undefined && archive.distInfoDir !== undefined) {
      for (const finding of verifyRecord(archive.record, archive.entries, archive.distInfoDir)) {
        add(finding.rule, finding.message, `${REBUILD} and do not modify the wheel afterwards (to rename or retag a wheel use "wheel tags", which rewrites RECORD).`);
      }
    }
  } else {
    const archive = await readSdistArchive(path, opts.limits ?? {});
    archive.problems.forEach(addArchive);
    metadataText = archive.pkgInfo;
    if (archive.pkgInfoPath) metadataFile = archive.pkgInfoPath;
    if (archive.readable && archive.topLevel) licenseFiles = { members: archive.members, root: archive.topLevel.replace(/\/+$/, ''), filename };
  }

  if (metadataText !== undefined) {
    try {
      info.metadata = parseCoreMetadata(metadataText);
    } catch (error) {
      if (!(error instanceof MetadataError)) throw error;
      add('metadata-invalid', `${metadataFile}: ${error.message}`, `${REBUILD} with a current build backend.`);
    }
  }

  checkMetadata(info, metadataFile, add, warn);
  if (info.metadata) {
    for (const finding of checkMetadataFields(info.metadata, metadataFile, licenseFiles)) add(finding.rule, finding.message, finding.fix, finding.pypiMessage);
  }
  // The root cause first: a filename that disagrees with METADATA explains the rest.
  const identity = checkFilenameAgainstMetadata(info, metadataFile);
  const mismatch = identity.find((p) => p.rule === 'name-mismatch' || p.rule === 'version-mismatch');
  if (mismatch && missingDistInfo.length > 0 && wheelArchive?.distInfoDir !== undefined) {
    // PyPI stops at the first missing file; that is its answer to the renamed wheel.
    mismatch.consequences = missingDistInfo.map((p) => p.message);
    mismatch.pypiMessage = missingDistInfo[0].pypiMessage;
    missingDistInfo.length = 0;
  }
  const causes = identity.filter((p) => p.rule === 'name-mismatch' || p.rule === 'version-mismatch');
  info.problems.unshift(...causes);
  info.problems.push(...missingDistInfo, ...identity.filter((p) => !causes.includes(p)));

  if (info.parsed?.kind === 'wheel') {
    for (const tag of info.parsed.platformTags) {
      if (platformTagAllowed(tag)) continue;
      add('wheel-platform-tag', `PyPI does not accept the platform tag ${tag}`,
        tag.startsWith('linux_')
          ? 'Repair the wheel with auditwheel ("auditwheel repair") to get a manylinux/musllinux tag, or build it with cibuildwheel; a plain linux_* wheel only runs where it was built.'
          : 'Build the wheel for a platform PyPI accepts (manylinux_X_Y / musllinux_X_Y, macosx_10_N or macosx_{11..15,26}_0, win32/win_amd64/win_arm64, ios, android, pyemscripten).',
        `Binary wheel '${filename}' has an unsupported platform tag '${tag}'.`);
    }
    // warehouse stores METADATA beside the file as "<filename>.metadata"; the OS caps names at 255 bytes.
    if (Buffer.byteLength(filename) + '.metadata'.length > 255) {
      add('filename-too-long', `The filename is ${Buffer.byteLength(filename)} bytes long; PyPI cannot store it`, 'Shorten the filename: fewer compressed tags or a shorter build tag.',
        `Filename is too long: '${filename}'`);
    }
  }

  checkSize(info, opts, add);
  // Every check of the name and version reads the metadata: a file whose metadata was not read
  // must not pass for want of a problem (an archive reader that skipped it without saying why).
  if (!info.metadata && info.problems.length === 0) {
    add('metadata-unreadable', `${metadataFile} was not read, so nothing in it could be checked`,
      `${REBUILD}, and check that the file is a complete ${info.parsed?.kind === 'sdist' ? 'sdist' : 'wheel'}.`);
  }
  return info;
}

type Add = (rule: string, message: string, fix: string, pypiMessage?: string) => void;

function checkSize(info: DistributionInfo, opts: PreflightOptions, add: Add): void {
  const limit = opts.maxFileSize ?? DEFAULT_MAX_FILE_SIZE;
  if (info.size <= limit) return;
  const project = info.metadata?.name ?? info.parsed?.name ?? info.filename;
  add('file-too-large', `The file is ${info.size} bytes; the upload limit is ${limit} bytes`,
    'Make the file smaller (strip debug symbols, leave test data out), or ask PyPI for a larger limit for this project before releasing (https://docs.pypi.org/project-management/storage-limits).',
    `File too large. Limit for project ${pythonRepr(project)} is ${Math.floor(limit / MiB)} MB. See https://docs.pypi.org/project-management/storage-limits#requesting-a-file-size-limit-increase for more information.`);
}

function checkMetadata(info: DistributionInfo, metadataFile: string, add: Add, warn: Add): void {
  const meta = info.metadata;
  if (!meta) {
    // Without metadata the filename is all we have; PyPI checks the version it is sent.
    if (info.parsed && localVersionLabel(info.parsed.version) !== undefined) {
      addLocalVersion(info.parsed.version, add);
    }
    return;
  }
  if (!SUPPORTED_METADATA_VERSIONS.includes(meta.metadataVersion)) {
    add('metadata-version-unsupported', `${metadataFile} has Metadata-Version ${meta.metadataVersion}; PyPI accepts ${SUPPORTED_METADATA_VERSIONS.join(', ')}`,
      'Upgrade the build backend (setuptools, wheel, hatchling, flit, …) and rebuild.',
      metadataRefusal(`${pythonRepr(meta.metadataVersion)} is not a valid metadata version`));
  }
  if (!isValidProjectName(meta.name)) {
    add('metadata-name-invalid', `${metadataFile} has Name ${pythonRepr(meta.name)}, which is not a valid project name`,
      "Use a name of ASCII letters and digits, with '.', '_' or '-' only between them, in the project configuration, and rebuild.");
  }
  if (!isValidVersion(meta.version)) {
    add('version-invalid', `${metadataFile} has Version ${pythonRepr(meta.version)}, which is not a PEP 440 version`,
      'Set a PEP 440 version (e.g. 1.2.3, 1.2.3rc1, 1.2.3.post1) in the project configuration and rebuild.');
  } else if (localVersionLabel(meta.version) !== undefined) {
    addLocalVersion(meta.version, add);
  } else if (normalizeVersion(meta.version) !== meta.version) {
    const normalized = normalizeVersion(meta.version)!;
    warn('version-not-normalized', `${metadataFile} has Version ${meta.version}, which is not in PEP 440 normal form; PyPI, pip and every index show it as ${normalized}`,
      `Write the version as ${normalized} in the project configuration (and in the release tag), so what you tag, what you build and what PyPI shows are spelled the same.`);
  }
}

function addLocalVersion(version: string, add: Add): void {
  const normalized = normalizeVersion(version)!;
  add('local-version', `The version ${normalized} has a local part (+${localVersionLabel(version)}), which PyPI does not accept`,
    'Build from a clean checkout of the release tag (setuptools-scm and similar tools add "+g<sha>" or ".d<date>" to dirty or untagged builds), or drop the local part.',
    metadataRefusal(`The use of local versions in '${normalized}' is not allowed.`));
}

/** Where the filename and METADATA disagree about the project, its version or their spelling. */
function checkFilenameAgainstMetadata(info: DistributionInfo, metadataFile: string): Problem[] {
  const found: Problem[] = [];
  const add: Add = (rule, message, fix, pypiMessage) => {
    found.push({ file: info.filename, rule, message, fix, ...(pypiMessage !== undefined ? { pypiMessage } : {}) });
  };
  const parsed = info.parsed;
  if (!parsed) return found;
  const filename = info.filename;
  const meta = info.metadata;
  const metaVersion = meta ? normalizeVersion(meta.version) : undefined;
  // The project identity to hold the filename to: METADATA when readable, else the filename itself.
  const projectName = meta && isValidProjectName(meta.name) ? meta.name : undefined;
  const escaped = filenameEscapedName(projectName ?? parsed.name);
  const namesAgree = projectName === undefined || normalizeName(projectName) === parsed.normalizedName;
  const versionsAgree = metaVersion === undefined || versionsEqual(metaVersion, parsed.version);
  const expectedSdist = `${escaped}-${metaVersion ?? parsed.normalizedVersion}.tar.gz`;

  if (!namesAgree) {
    add('name-mismatch', `The filename names the project ${pythonRepr(parsed.name)} but ${metadataFile} says Name: ${projectName}`,
      `Rebuild so the two agree; do not rename distribution files. The filename must start with ${pythonRepr(escaped)}.`,
      `Start filename for ${pythonRepr(projectName!)} with ${pythonRepr(escaped)}.`);
  } else if (parsed.kind === 'wheel' && parsed.name !== escaped) {
    add('wheel-name-not-normalized', `The wheel filename starts with ${pythonRepr(parsed.name)}, not the normalized name ${pythonRepr(escaped)}`,
      `Rebuild with a current build backend (older setuptools/wheel kept capitals and dots), or rename the file to start with ${escaped} if nothing else changes.`,
      `Filename ${pythonRepr(filename)} should contain the normalized project name ${pythonRepr(escaped)}, not ${pythonRepr(parsed.name)}.`);
  }

  if (!versionsAgree) {
    add('version-mismatch', `The filename has version ${parsed.version} but ${metadataFile} says Version: ${meta!.version}`,
      'Rebuild so the two agree; do not rename distribution files (a stale build in dist/ often causes this: rm -rf dist and build again).',
      parsed.kind === 'wheel'
        ? `Version in filename should be ${pythonRepr(metaVersion!)} not ${pythonRepr(parsed.normalizedVersion)}.`
        : `Filename ${pythonRepr(filename)} is invalid, should be ${pythonRepr(expectedSdist)}.`);
  }

  if (parsed.kind === 'sdist') {
    if (parsed.extension === '.zip') {
      add('sdist-zip', 'PyPI no longer accepts .zip sdists (PEP 625/527: an sdist is a .tar.gz)',
        'Build the sdist as .tar.gz (python -m build --sdist) and publish that instead.',
        `Filename ${pythonRepr(filename)} is invalid, should be ${pythonRepr(expectedSdist)}.`);
    } else if (namesAgree && versionsAgree && filename !== expectedSdist) {
      add('sdist-filename-not-normalized', `The sdist is named ${filename}; PEP 625 requires ${expectedSdist}`,
        'Rebuild with a current build backend (setuptools >= 69.3, hatchling, flit, …), which names sdists by PEP 625.',
        `Filename ${pythonRepr(filename)} is invalid, should be ${pythonRepr(expectedSdist)}.`);
    }
  }
  return found;
}

/** Rules about the set of files taken together. */
export function checkDistributionSet(files: DistributionInfo[], opts: PreflightOptions = {}): Problem[] {
  const problems: Problem[] = [];
  const add = (file: string, rule: string, message: string, fix: string, pypiMessage?: string): void => {
    problems.push({ file, rule, message, fix, ...(pypiMessage !== undefined ? { pypiMessage } : {}) });
  };
  if (opts.expectedVersion !== undefined && !isValidVersion(opts.expectedVersion)) {
    throw new UserError(`The expected version ${pythonRepr(opts.expectedVersion)} is not a PEP 440 version; give one like 1.2.3 or 1.2.3rc1.`);
  }
  if (files.length === 0) {
    add('(none)', 'set-empty', 'No distribution files were given', 'Point at the files the build produced (e.g. dist/*.whl and dist/*.tar.gz); check that the build or download step ran.');
    return problems;
  }

  for (const group of groupBy(files, (f) => f.filename).values()) {
    for (const extra of group.slice(1)) {
      const same = extra.sha256 !== '' && extra.sha256 === group[0].sha256;
      add(extra.filename, 'set-duplicate-filename',
        `${extra.filename} is given twice (${group[0].path} and ${extra.path})${same ? ', with the same content' : ', with different content'}`,
        same ? 'Pass each file once.' : 'Two different files cannot share a name on an index; keep the one you mean to release and delete the other.');
    }
  }

  const byFilename = new Map(files.map((f) => [f.filename, f]));
  const unique = [...byFilename.values()];
  // By sha256, which every inspection computes; PyPI keys on BLAKE2b-256, quoted when it is known.
  for (const group of groupBy(unique.filter((f) => f.sha256 !== ''), (f) => f.sha256).values()) {
    for (const extra of group.slice(1)) {
      add(extra.filename, 'set-duplicate-content', `${extra.filename} has exactly the same bytes as ${group[0].filename}`,
        'PyPI refuses a second file with identical content under another name; publish it under one name only.',
        extra.blake2b256 === '' ? undefined
          : `File already exists (${pythonRepr(extra.filename)}, with blake2_256 hash ${pythonRepr(extra.blake2b256)}). See https://pypi.org/help/#file-name-reuse for more information.`);
    }
  }

  const projectOf = (f: DistributionInfo): string => (f.metadata && isValidProjectName(f.metadata.name) ? normalizeName(f.metadata.name) : f.parsed?.normalizedName ?? '');
  const versionOf = (f: DistributionInfo): string | undefined =>
    f.metadata && isValidVersion(f.metadata.version) ? f.metadata.version : f.parsed?.version;
  const versioned = unique.filter((f) => versionOf(f) !== undefined);
  if (opts.expectedVersion !== undefined) {
    const expected = normalizeVersion(opts.expectedVersion)!;
    for (const f of versioned) {
      if (!versionsEqual(versionOf(f)!, expected)) {
        add(f.filename, 'set-expected-version', `${f.filename} is version ${normalizeVersion(versionOf(f)!) ?? versionOf(f)}, not the expected ${expected}`,
          `Release only files built for ${expected}: clear out stale files (rm -rf dist) and rebuild, or correct the expected version.`);
      }
    }
  } else {
    // One version per project: pip's and setuptools' wheels checked together are two releases, not a mixed one.
    for (const sameProject of groupBy(versioned, projectOf).values()) {
      const groups = groupByVersion(sameProject, versionOf);
      if (groups.length < 2) continue;
      const majority = groups.reduce((best, g) => (g.files.length > best.files.length ? g : best));
      for (const g of groups) {
        if (g === majority) continue;
        for (const f of g.files) {
          add(f.filename, 'set-mixed-versions',
            `${f.filename} is version ${g.version} while ${majority.files.length} other file${majority.files.length === 1 ? '' : 's'} of ${projectOf(f) || 'the project'} ${majority.files.length === 1 ? 'is' : 'are'} version ${majority.version}`,
            'A release has one version: clear out stale files (rm -rf dist) and rebuild, or publish the versions separately.');
        }
      }
    }
  }

  const sdists = unique.filter((f) => f.parsed?.kind === 'sdist' || (!f.parsed && /\.(tar\.gz|zip)$/.test(f.filename)));
  for (const sameProject of groupBy(sdists, projectOf).values()) {
    for (const release of groupByVersion(sameProject, (f) => versionOf(f) ?? '')) {
      if (release.files.length < 2) continue;
      // The .tar.gz is the one to keep; any .zip (or the later one by name) is the extra.
      const ordered = [...release.files].sort((a, b) => Number(a.filename.endsWith('.zip')) - Number(b.filename.endsWith('.zip')) || (a.filename < b.filename ? -1 : 1));
      for (const extra of ordered.slice(1)) {
        add(extra.filename, 'set-multiple-sdists', `${extra.filename} is a second sdist for the same release as ${ordered[0].filename}`,
          'Keep one sdist per release (the .tar.gz); remove the other from the files to publish.',
          'Only one sdist may be uploaded per release.');
      }
    }
  }
  return problems;
}

export interface PreflightResult {
  files: DistributionInfo[];
  /** Everything PyPI would refuse; any one fails the check. */
  problems: Problem[];
  /** Worth a look, refused by nobody (a version not in normal form, a description nothing could render). */
  warnings: Problem[];
}

/** Inspects every file and checks the set; reports every problem found, never just the first. */
export async function preflight(paths: string[], opts: PreflightOptions = {}): Promise<PreflightResult> {
  if (opts.expectedVersion !== undefined && !isValidVersion(opts.expectedVersion)) {
    throw new UserError(`The expected version ${pythonRepr(opts.expectedVersion)} is not a PEP 440 version; give one like 1.2.3 or 1.2.3rc1.`);
  }
  const files: DistributionInfo[] = new Array(paths.length);
  const descriptions = opts.descriptions === false ? undefined : new DescriptionChecks(opts.descriptions ?? defaultRstRenderer());
  const rendered: Promise<void>[] = [];
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < paths.length) {
      const index = next++;
      files[index] = await inspectDistribution(paths[index], opts);
      // Not awaited here: Python renders while the next files are read.
      if (descriptions) rendered.push(checkDescription(files[index], descriptions));
    }
  };
  const concurrency = Math.max(1, Math.min(opts.concurrency ?? 4, paths.length));
  await Promise.all(Array.from({ length: concurrency }, worker));
  await Promise.all(rendered);
  const problems = [...files.flatMap((f) => f.problems), ...checkDistributionSet(files, opts)];
  return { files, problems, warnings: files.flatMap((f) => f.warnings ?? []) };
}

const FORMAT_NAMES = { rst: 'reStructuredText', markdown: 'Markdown', plain: 'plain text' } as const;

/** Renders the file's long description as PyPI will, and records what that finds on the file. */
async function checkDescription(info: DistributionInfo, checks: DescriptionChecks): Promise<void> {
  const description = info.metadata ? descriptionToRender(info.metadata) : undefined;
  if (!description) return;
  const file = info.filename;
  const warnings = (info.warnings ??= []);
  if (description.contentType === undefined) {
    warnings.push({
      file, rule: 'description-content-type-missing',
      message: 'There is no Description-Content-Type, so PyPI renders the long description as reStructuredText (twine check: "`long_description_content_type` missing. defaulting to `text/x-rst`.")',
      fix: 'Declare the README\'s format: readme = "README.md" in [project] does it, or long_description_content_type="text/markdown" (or "text/x-rst") in setup().',
    });
  }
  const verdict = await checks.verdict(description.text, description.format);
  const name = FORMAT_NAMES[description.format];
  if (verdict.kind === 'refused') {
    const details = verdict.messages.split('\n').filter((line) => line.trim() !== '').slice(0, 4).join(' | ');
    info.problems.push({
      file, rule: 'description-render',
      message: `The long description does not render as ${name}, so PyPI refuses the upload: ${details}${verdict.renderer ? ` (rendered with ${verdict.renderer})` : ''}`,
      fix: description.contentType === undefined
        ? 'Fix the markup at the lines shown (twine check shows them too), or, if the README is Markdown, declare it: long_description_content_type="text/markdown" / readme = "README.md".'
        : 'Fix the markup at the lines shown (twine check shows them too), or declare the format the README is really written in.',
      pypiMessage: renderRefusal(description.contentType),
    });
  } else if (verdict.kind === 'unchecked') {
    warnings.push({
      file, rule: 'description-not-rendered',
      message: `The long description (${name}) of ${file} was NOT checked: ${verdict.reason}. PyPI renders it on upload and refuses the file if it has markup errors.`,
      fix: 'Make docutils importable by python3 (pip install docutils, or apt-get install python3-docutils), or let this job reach PyPI so docutils can be installed privately; or run twine check on the files.',
    });
  }
}

function groupBy<T>(items: T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const group = groups.get(k);
    if (group) group.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}

function groupByVersion<T>(items: T[], versionOf: (item: T) => string | undefined): { version: string; files: T[] }[] {
  const groups: { version: string; files: T[] }[] = [];
  for (const item of items) {
    const version = versionOf(item)!;
    const group = groups.find((g) => versionsEqual(g.version, version));
    if (group) group.files.push(item);
    else groups.push({ version: normalizeVersion(version) ?? version, files: [item] });
  }
  return groups;
}
