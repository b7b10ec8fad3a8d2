/**
 * PEP 740 attestations in a publish, all decided before the first byte goes
 * up:
 *
 * - whether to attest: under trusted publishing unless switched off; with an
 *   API token PyPI takes none (said in one line, or refused when asked for);
 * - the attestation files already beside the distributions (a rerun, or the
 *   PyPI job after TestPyPI): each set is checked as the index will check it
 *   (this file's bytes, this workflow, the trust root, warehouse's limits), and
 *   a valid one is reused, so both indexes get the same attestation;
 * - provenance consistency: the release on the index must not end up with
 *   files from two publishers, or some attested and some not (PyPI's
 *   "inconsistent" and "partial"), unless the user allows it;
 * - signing what still lacks an attestation, writing it beside the file;
 * - on a rerun, reading back from the index the attestations of the files an
 *   earlier attempt uploaded, when they did not come along to this runner.
 */
import { basename } from 'node:path';
import type { DistributionInfo, Manifest } from '../../distributions/index.js';
import { UserError } from '../../errors.js';
import { fetchProvenance, provenanceUrl, readProvenance as readProvenanceObject, type FileProvenance, type IndexEndpoints, type IndexRelease } from '../../index-client/index.js';
import type { Logger } from '../../log.js';
import { httpRetryDecision, withRetry, type RetryOptions } from '../../http/index.js';
import type { AttestationFile } from '../../attestations/companions.js';
import type { Attestation } from '../../attestations/pep740.js';
import type { TrustConfig } from '../../attestations/trust-config.js';
import { releaseId, type IndexProblem, type PlannedFile } from './plan.js';

export interface AttestationSettings {
  /** `auto`: attest under trusted publishing; `true`: attest or fail; `false`: never. */
  mode: 'auto' | 'true' | 'false';
  /** Publish even when the release would end up with mixed provenance. */
  allowMixedProvenance: boolean;
  /** This workflow as a trusted publisher (from GITHUB_WORKFLOW_REF); undefined outside GitHub Actions. */
  publisher?: { repository: string; workflow: string };
  /** Production unless a trust config file says otherwise. */
  trust(): Promise<TrustConfig>;
  /** A GitHub OIDC token with audience `sigstore`. */
  sigstoreToken(): Promise<string>;
}

export interface LocalAttestations {
  /** Every attestation file of the distribution, checked. */
  files: AttestationFile[];
  /** The `.publish.attestation` among them (the manifest names it). */
  publish?: AttestationFile;
}

const READ_RETRY: RetryOptions = { maxAttempts: 6, baseDelayMs: 500, maxDelayMs: 10_000, maxElapsedMs: 2 * 60_000 };

/** Whether this run sends attestations; a refusal when the settings cannot be honoured. */
export function decideAttestations(settings: AttestationSettings | undefined, trustedPublishing: boolean, log: Logger): boolean {
  if (!settings || settings.mode === 'false') return false;
  if (!trustedPublishing) {
    if (settings.mode === 'true') {
      throw new UserError('attestations: true needs trusted publishing: PyPI accepts PEP 740 attestations only from a trusted publisher. Leave the token input empty (with id-token: write), or set attestations: auto or false.');
    }
    log.info('Attestations: not sent: PyPI accepts PEP 740 attestations only with trusted publishing, and a token or password was given.');
    return false;
  }
  if (!settings.publisher) {
    if (settings.mode === 'true') throw new UserError('attestations: true needs GitHub Actions: GITHUB_WORKFLOW_REF names the workflow the attestations are signed for, and it is not set.');
    log.info('Attestations: not signed: GITHUB_WORKFLOW_REF is not set, so there is no workflow identity to sign for.');
    return false;
  }
  return true;
}

/**
 * Reads and checks the attestation files beside each distribution, as the index will check them.
 * Problems (files for other bytes, another workflow, another trust root, too many) stop the publish.
 */
export async function checkLocalAttestations(
  files: DistributionInfo[],
  settings: AttestationSettings,
  expect: Manifest | undefined,
): Promise<{ local: Map<string, LocalAttestations>; problems: IndexProblem[] }> {
  const [{ findAttestationFiles, readAttestationFile }, { AttestationRejected, checkAttestationSet }] = await Promise.all([
    import('../../attestations/companions.js'),
    import('../../attestations/verify.js'),
  ]);
  const trust = await settings.trust();
  const local = new Map<string, LocalAttestations>();
  const problems: IndexProblem[] = [];
  const expected = new Map((expect?.files ?? []).map((e) => [e.filename, e.attestation]));
  for (const info of files) {
    const found: AttestationFile[] = [];
    try {
      for (const path of await findAttestationFiles(info.path)) found.push(await readAttestationFile(path));
    } catch (err) {
      if (!(err instanceof UserError)) throw err;
      problems.push({ file: info.filename, message: err.message });
      continue;
    }
    const publish = found.find((f) => f.filename === `${info.filename}.publish.attestation`);
    const want = expected.get(info.filename);
    if (want && (!publish || publish.sha256 !== want.sha256)) {
      problems.push({
        file: info.filename,
        message: `The expected manifest names ${want.filename} (sha256 ${want.sha256}) for ${info.filename}, but `
          + (publish ? `the file beside it has sha256 ${publish.sha256}` : 'there is no such file beside it')
          + ': bring the attestation files along with the distributions, so every index gets the same attestation.',
      });
      continue;
    }
    if (found.length === 0) continue;
    try {
      checkAttestationSet(found.map((f) => f.json), { filename: info.filename, sha256: info.sha256 }, { trustedRoot: trust.trustedRoot, publisher: settings.publisher! });
    } catch (err) {
      if (!(err instanceof AttestationRejected)) throw err;
      problems.push({
        file: info.filename,
        message: `The index would refuse the attestations of ${info.filename} (${found.map((f) => f.filename).join(', ')}): "${err.message}". `
          + 'Remove the attestation files that do not belong to these bytes and this workflow; missing ones are signed anew.',
      });
      continue;
    }
    local.set(info.filename, { files: found, ...(publish ? { publish } : {}) });
  }
  return { local, problems };
}

/** What the index says about each file of the releases this publish adds files to. */
async function readProvenance(
  planned: PlannedFile[],
  releases: Map<string, IndexRelease>,
  index: IndexEndpoints,
  log: Logger,
): Promise<Map<string, { project: string; version: string; files: FileProvenance[] }>> {
  const out = new Map<string, { project: string; version: string; files: FileProvenance[] }>();
  const jsonUrl = index.jsonUrl;
  if (!jsonUrl) {
    if (planned.some((p) => p.action === 'upload' && releases.get(releaseId(p.release))?.found)) {
      log.info(`Provenance consistency not checked: ${index.uploadUrl.origin} is not known to serve PyPI's Integrity API (give json-api-url if it does).`);
    }
    return out;
  }
  for (const p of planned) {
    const id = releaseId(p.release);
    if (out.has(id) || !planned.some((q) => releaseId(q.release) === id && q.action === 'upload')) continue;
    const remote = releases.get(id)?.files ?? [];
    const files: FileProvenance[] = [];
    for (const f of remote) {
      try {
        files.push(await withRetry(() => fetchProvenance(jsonUrl, p.release.project, p.release.version, f.filename), httpRetryDecision, { ...READ_RETRY, what: `provenance of ${f.filename}` }, log));
      } catch (err) {
        const reason = err instanceof Error ? err.message : String(err);
        // Other indexes may not serve PyPI's Integrity API at all: then there is no provenance to keep consistent.
        if (index.name === 'custom') {
          log.info(`Provenance consistency not checked: ${jsonUrl.origin} does not serve PyPI's Integrity API (${reason}).`);
          return new Map();
        }
        throw new UserError(`Could not read the provenance of ${f.filename} from the index: ${reason}. Nothing was uploaded; rerun when the index answers.`);
      }
    }
    out.set(id, { project: p.release.project, version: p.release.version, files });
  }
  return out;
}

function describe(publisher: Record<string, unknown>): string {
  if (publisher.kind === 'GitHub') return `GitHub ${String(publisher.repository)}, workflow ${String(publisher.workflow)}`;
  return `${String(publisher.kind ?? 'unknown')} ${JSON.stringify(publisher)}`;
}

function isUs(publisher: Record<string, unknown>, us: { repository: string; workflow: string } | undefined): boolean {
  return !!us && publisher.kind === 'GitHub' && typeof publisher.repository === 'string' && publisher.repository.toLowerCase() === us.repository.toLowerCase() && publisher.workflow === us.workflow;
}

/**
 * PyPI's release provenance after this publish: refused when files of the release are attested by
 * another publisher ("inconsistent"), or when some files would be attested and others not
 * ("partial"), unless allowed (then a warning).
 */
export async function provenanceProblems(
  planned: PlannedFile[],
  releases: Map<string, IndexRelease>,
  attest: boolean,
  settings: AttestationSettings | undefined,
  index: IndexEndpoints,
  log: Logger,
): Promise<IndexProblem[]> {
  const problems: IndexProblem[] = [];
  const provenance = await readProvenance(planned, releases, index, log);
  const us = settings?.publisher;
  const optOut = 'Set allow-mixed-provenance: true to publish anyway.';
  for (const { project, version, files } of provenance.values()) {
    const what = `${project} ${version}`;
    const others = attest ? files.filter((f) => f.attested && f.publishers.some((p) => !isUs(p, us))) : [];
    const plain = files.filter((f) => !f.attested);
    if (attest && others.length > 0) {
      problems.push({
        file: others[0].filename,
        message: `${what} on the index already has files attested by another publisher (${others.map((f) => `${f.filename}: ${f.publishers.map(describe).join('; ')}`).join(', ')}); `
          + `these would be attested by GitHub ${us!.repository}, workflow ${us!.workflow}, and PyPI would call the release's provenance inconsistent. `
          + `Publish from the workflow that published the release, or under a new version. ${optOut}`,
      });
    }
    if (attest && plain.length > 0) {
      problems.push({
        file: plain[0].filename,
        message: `${what} on the index already has files without attestations (${plain.map((f) => f.filename).join(', ')}); `
          + `adding attested files would leave the release with partial provenance. Publish under a new version, or set attestations: false. ${optOut}`,
      });
    }
    const attested = files.filter((f) => f.attested);
    if (!attest && attested.length > 0) {
      problems.push({
        file: attested[0].filename,
        message: `${what} on the index already has attested files (${attested.map((f) => `${f.filename}: ${f.publishers.map(describe).join('; ')}`).join(', ')}); `
          + 'these files would go up without attestations, leaving the release with partial provenance. Publish with trusted publishing and attestations. '
          + optOut,
      });
    }
  }
  if (problems.length > 0 && settings?.allowMixedProvenance) {
    for (const p of problems) log.warning(`allow-mixed-provenance: ${p.message}`);
    return [];
  }
  return problems;
}

/**
 * Makes sure every file to upload has its publish attestation: reuses the checked ones, signs the
 * rest (one Sigstore identity for the run) and writes them beside the files. Returns the
 * attestation files of every distribution that has some.
 */
export async function ensureAttestations(
  toUpload: DistributionInfo[],
  local: Map<string, LocalAttestations>,
  settings: AttestationSettings,
  log: Logger,
): Promise<Map<string, LocalAttestations>> {
  const missing = toUpload.filter((f) => !local.get(f.filename)?.publish);
  const reused = toUpload.length - missing.length;
  if (reused > 0) log.info(`Attestations: reusing ${reused} existing publish attestation${reused === 1 ? '' : 's'} (same bytes, this workflow, verified).`);
  if (missing.length === 0) return local;
  const [{ signAttestations }, { publishAttestationPath, writeAttestationFile }, { checkAttestationSet, AttestationRejected }] = await Promise.all([
    import('../../attestations/sign.js'),
    import('../../attestations/companions.js'),
    import('../../attestations/verify.js'),
  ]);
  const trust = await settings.trust();
  log.info(`Attestations: signing ${missing.length} file${missing.length === 1 ? '' : 's'} with Sigstore (${trust.name}) for GitHub ${settings.publisher!.repository}, workflow ${settings.publisher!.workflow}.`);
  const signed = await signAttestations(missing.map((f) => ({ filename: f.filename, sha256: f.sha256 })), {
    trust,
    getToken: () => settings.sigstoreToken(),
    publisher: settings.publisher!,
    log,
  });
  const out = new Map(local);
  for (const info of missing) {
    const file = await writeAttestationFile(publishAttestationPath(info.path), signed.get(info.filename)!);
    const files = [...(local.get(info.filename)?.files ?? []), file];
    try {
      checkAttestationSet(files.map((f) => f.json), { filename: info.filename, sha256: info.sha256 }, { trustedRoot: trust.trustedRoot, publisher: settings.publisher! });
    } catch (err) {
      if (!(err instanceof AttestationRejected)) throw err;
      throw new UserError(`With the new publish attestation, the index would refuse the attestations of ${info.filename}: "${err.message}". Remove the other attestation files beside it (${files.map((f) => basename(f.path)).join(', ')}).`);
    }
    out.set(info.filename, { files, publish: file });
  }
  return out;
}

/**
 * A rerun on a fresh runner finds files an earlier attempt uploaded, but not the publish
 * attestations it wrote beside them. The index kept what it was sent: each is read back from the
 * Integrity API, checked as a local one (these bytes, this workflow, the trust root) and written
 * beside its file, so the manifest names it and the next index gets the same attestation.
 */
export async function recoverAttestations(
  present: PlannedFile[],
  local: Map<string, LocalAttestations>,
  settings: AttestationSettings,
  index: IndexEndpoints,
  log: Logger,
): Promise<Map<string, LocalAttestations>> {
  const missing = present.filter((p) => !local.get(p.info.filename)?.publish);
  if (missing.length === 0) return local;
  const lost: string[] = [];
  const out = new Map(local);
  const jsonUrl = index.jsonUrl;
  if (!jsonUrl) {
    lost.push(...missing.map((p) => `${p.info.filename} (${index.uploadUrl.origin} is not known to serve PyPI's Integrity API; give json-api-url if it does)`));
  } else {
    const [{ publishAttestationPath, writeAttestationFile }, { AttestationRejected, checkAttestationSet }, { PYPI_PUBLISH_V1 }] = await Promise.all([
      import('../../attestations/companions.js'),
      import('../../attestations/verify.js'),
      import('../../attestations/pep740.js'),
    ]);
    const trust = await settings.trust();
    for (const p of missing) {
      const { filename, sha256, path } = p.info;
      let bundles;
      try {
        const url = provenanceUrl(jsonUrl, p.release.project, p.release.version, filename);
        bundles = (await withRetry(() => readProvenanceObject(url), httpRetryDecision, { ...READ_RETRY, what: `provenance of ${filename}` }, log))?.attestation_bundles ?? [];
      } catch (err) {
        lost.push(`${filename} (its provenance could not be read: ${err instanceof Error ? err.message : String(err)})`);
        continue;
      }
      const ours = bundles.filter((b) => typeof b.publisher === 'object' && b.publisher !== null && isUs(b.publisher as Record<string, unknown>, settings.publisher));
      const candidates = ours.flatMap((b) => (Array.isArray(b.attestations) ? (b.attestations as unknown[]) : []));
      // The publish attestation only: a bundle may hold others (SLSA provenance), which the file's other .attestation companions carry.
      const verified = candidates.find((json) => {
        try {
          const [checked] = checkAttestationSet([json], { filename, sha256 }, { trustedRoot: trust.trustedRoot, publisher: settings.publisher! });
          return checked?.predicateType === PYPI_PUBLISH_V1;
        } catch (err) {
          if (err instanceof AttestationRejected) return false;
          throw err;
        }
      });
      if (verified === undefined) {
        lost.push(`${filename} (the index holds no attestation of these bytes by this workflow)`);
        continue;
      }
      const file = await writeAttestationFile(publishAttestationPath(path), verified as Attestation);
      out.set(filename, { files: [...(local.get(filename)?.files ?? []), file], publish: file });
      log.info(`Attestations: ${filename} is already on the index; its publish attestation was read back from the index (these bytes, this workflow, verified) and written beside it.`);
    }
  }
  if (lost.length > 0) {
    log.warning(
      `Attestations: no publish attestation was found for ${lost.length} file${lost.length === 1 ? '' : 's'} already on the index: ${lost.join('; ')}. `
        + 'The manifest names none for them, so another index they go to gets new attestations. Bring the .publish.attestation files along with the distributions to keep them.',
    );
  }
  return out;
}
