/**
 * The result file of one verify leg: what verify-install writes (also on
 * failure) and the approval brief reads, to say which wheel each leg
 * installed. A leg names every wheel it installed by filename and by the
 * sha256 of the bytes it installed (`wheels`), and the planned leg it was
 * (`leg.id`, from plan-verify). Both fields are optional, so files written
 * before them still read: a file with only `wheel` and `wheelSha256` stands
 * for one installed wheel.
 */
import { UserError } from '../errors.js';

export const RESULT_SCHEMA = 'python-release-actions/verify-install-result';

export interface LegCheck {
  name: string;
  ok: boolean;
  detail: string;
}

/** Who published a wheel, as its attestation's signing certificate says. */
export interface PublisherIdentity {
  /** owner/name, for a GitHub workflow. */
  repository?: string;
  /** The workflow file, e.g. release.yml. */
  workflow?: string;
  /** The ref and commit the workflow ran at. */
  ref?: string;
  commit?: string;
  /** The deployment environment, as the index names the trusted publisher (the certificate has no claim for it). */
  environment?: string;
  /** The certificate's Build Config URI (GitHub: the workflow file at its ref), or its subject for other issuers. */
  identity: string;
  issuer?: string;
}

/** What a leg learnt about the provenance (PEP 740) of a wheel it installed. */
export interface WheelProvenance {
  /** 'verified': attested, verified and (when one was expected) by the expected publisher; 'absent': the index serves none; 'failed': see reason; 'off': not checked. */
  status: 'verified' | 'absent' | 'failed' | 'off';
  publisher?: PublisherIdentity;
  /** The provenance object's URL (credentials removed). */
  url?: string;
  reason?: string;
}

/** A wheel a leg installed: its filename and the sha256 of the bytes installed. */
export interface InstalledWheel {
  filename: string;
  /** Lower-case hex. */
  sha256: string;
  provenance?: WheelProvenance;
}

/** What a leg found of one of its distributions. */
export interface PackageResult {
  name: string;
  installedVersion?: string;
  /** The wheel of it the leg installed. */
  wheel?: string;
  /** What pip was asked for with -U (unpinned legs): `ray`, or `ray==2.9.*` when a higher version exists. */
  requirement?: string;
  /** The module imported; null when the distribution has nothing to import (its dist-info was checked). */
  importName?: string | null;
  moduleFile?: string;
  moduleVersion?: string;
  moduleCommit?: string;
}

/** Which planned leg this was and where it ran (plan-verify's id and the matrix values). */
export interface LegIdentity {
  id: string;
  runsOn?: string;
  container?: string;
}

export interface VerifyResult {
  schema: typeof RESULT_SCHEMA;
  schemaVersion: 1;
  result: 'passed' | 'failed';
  /** The first (or only) distribution; `packages` has them all. */
  package: string;
  version: string;
  /** Every distribution the leg verified, in the order given. */
  packages?: PackageResult[];
  /** 'index': pip from the index; 'exact-file': the wheel by URL and sha256, dependencies from dependencyIndex; 'mixed': pip with extra indexes. */
  mode: 'index' | 'exact-file' | 'mixed';
  /** Credentials removed. */
  index: string;
  dependencyIndex?: string;
  extraIndexes?: string[];
  pin: boolean;
  /** The runner's OS and architecture (RUNNER_OS/RUNNER_ARCH, else Node's). */
  os: string;
  arch: string;
  leg?: LegIdentity;
  python?: {
    requested: string;
    version: string;
    implementation: string;
    path: string;
    /** platform.machine(): x86_64 under Rosetta on an arm64 Mac. */
    machine?: string;
    foundVia: string;
  };
  environment?: { kind: 'venv' | 'site-dir'; path: string; pip: string };
  secondsToAvailable?: number;
  /** The one wheel installed, when there is one; `wheels` lists them all. */
  wheel?: string;
  wheelUrl?: string;
  wheelSha256?: string;
  /** Every wheel the leg installed. */
  wheels?: InstalledWheel[];
  /** 'verified': every installed wheel's provenance verified; 'none': the index served none; 'partial': some; 'failed'; 'off'. */
  provenance?: 'verified' | 'none' | 'partial' | 'failed' | 'off';
  /** The first package's, as in `packages`. */
  installedVersion?: string;
  /** pip's "Successfully installed" list: the package and every dependency it brought. */
  installed?: string[];
  importName?: string;
  moduleFile?: string;
  moduleVersion?: string;
  moduleCommit?: string;
  checks: LegCheck[];
  /** Why the leg failed. */
  error?: string;
  startedAt: string;
  finishedAt: string;
  durationSeconds: number;
}

/** The wheels a result says were installed: `wheels`, else the one `wheel` (with its sha256 when known). */
export function installedWheels(r: Pick<VerifyResult, 'wheel' | 'wheelSha256' | 'wheels'>): { filename: string; sha256?: string }[] {
  if (r.wheels) return r.wheels;
  return r.wheel ? [{ filename: r.wheel, ...(r.wheelSha256 ? { sha256: r.wheelSha256 } : {}) }] : [];
}

const HEX64 = /^[0-9a-f]{64}$/i;

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/**
 * Checks what the brief relies on (the file comes from another job): the
 * schema, the verdict, the installed wheels and the leg. Other fields are
 * kept as they are, for display.
 */
export function parseVerifyResult(data: unknown, where: string): VerifyResult {
  const fail = (detail: string): never => {
    throw new UserError(`${where} is not a verify-install result: ${detail}.`);
  };
  if (!isObject(data)) fail('expected a JSON object');
  const r = data as Record<string, unknown>;
  if (r.schema !== RESULT_SCHEMA) fail(`"schema" is ${JSON.stringify(r.schema)}, expected "${RESULT_SCHEMA}"`);
  if (r.schemaVersion !== 1) fail(`"schemaVersion" is ${JSON.stringify(r.schemaVersion)}; this release reads 1 (use one release of the actions for the whole pipeline)`);
  if (r.result !== 'passed' && r.result !== 'failed') fail('"result" must be "passed" or "failed"');
  for (const key of ['package', 'version', 'os', 'arch'] as const) if (typeof r[key] !== 'string') fail(`"${key}" must be a string`);
  if (typeof r.pin !== 'boolean') fail('"pin" must be true or false');
  for (const key of ['wheel', 'wheelSha256', 'installedVersion', 'moduleFile', 'error'] as const) {
    if (r[key] !== undefined && typeof r[key] !== 'string') fail(`"${key}" must be a string`);
  }
  if (r.wheelSha256 !== undefined && !HEX64.test(r.wheelSha256 as string)) fail('"wheelSha256" must be 64 hex digits');
  if (r.wheels !== undefined) {
    if (!Array.isArray(r.wheels)) fail('"wheels" must be a list of {"filename", "sha256"}');
    (r.wheels as unknown[]).forEach((w, i) => {
      if (!isObject(w) || typeof w.filename !== 'string' || w.filename === '' || typeof w.sha256 !== 'string' || !HEX64.test(w.sha256)) {
        fail(`wheels[${i}] must have a filename and a sha256 of 64 hex digits`);
      }
    });
  }
  if (r.leg !== undefined) {
    const leg = r.leg;
    if (!isObject(leg) || typeof leg.id !== 'string' || leg.id === '') fail('"leg" must have an "id"');
    for (const key of ['runsOn', 'container'] as const) if ((leg as Record<string, unknown>)[key] !== undefined && typeof (leg as Record<string, unknown>)[key] !== 'string') fail(`"leg.${key}" must be a string`);
  }
  if (r.python !== undefined && (!isObject(r.python) || typeof r.python.requested !== 'string' || typeof r.python.version !== 'string')) {
    fail('"python" must have "requested" and "version"');
  }
  if (r.secondsToAvailable !== undefined && typeof r.secondsToAvailable !== 'number') fail('"secondsToAvailable" must be a number');
  if (!Array.isArray(r.checks)) fail('"checks" must be a list');
  return {
    ...(r as unknown as VerifyResult),
    ...(r.wheels ? { wheels: (r.wheels as InstalledWheel[]).map((w) => ({ filename: w.filename, sha256: w.sha256.toLowerCase() })) } : {}),
  };
}
