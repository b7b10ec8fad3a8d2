/**
 * Who published the bytes a leg installed: the provenance (PEP 740) the index
 * links for the exact wheel file, its attestations verified with Sigstore
 * (the certificate chain, the transparency log, the signature; the statement
 * naming that file and the sha256 of the bytes installed) against a trust
 * root, and the signing certificate's identity compared with the expected
 * trusted publisher (a GitHub repository and workflow file), as PyPI and
 * pypi-attestations do.
 */
import type { TrustedRootJson } from '../../attestations/trust-root.js';
import { UserError } from '../../errors.js';
import { httpRetryDecision, redactUrl, splitCredentials, withRetry } from '../../http/index.js';
import { readProvenance } from '../../index-client/provenance.js';
import type { Logger } from '../../log.js';
import type { PublisherIdentity, WheelProvenance } from '../../verification/leg-result.js';
import type { Check } from './checks.js';
import type { IndexFile } from './simple-page.js';

export interface ProvenanceRequest {
  /** 'auto': checked where the index links provenance; 'required': a wheel without it fails; 'off': not checked. */
  mode: 'auto' | 'required' | 'off';
  /** The Sigstore trust root to verify against; default Sigstore's production instance (the only one PyPI accepts). */
  trustedRoot?: TrustedRootJson;
  /** For messages: 'production', or where the trust root came from. */
  trustedRootName?: string;
  /** The trusted publisher the signing certificate must name; absent: reported, not compared. */
  publisher?: { repository: string; workflow: string };
}

export interface ProvenanceOutcome {
  check: Check;
  provenance: WheelProvenance;
}

const GITHUB = 'https://github.com/';

/** Who the certificate names: a GitHub workflow at a ref, or the subject of another issuer. */
export function identityOf(claims: Record<string, string | undefined>, environment: unknown): PublisherIdentity {
  const config = claims.buildConfigUri;
  const identity = (config ?? claims.subjectAlternativeName ?? 'an unnamed signer').replace(GITHUB, '');
  const workflow = /\/\.github\/workflows\/([^@]+)@(.+)$/.exec(config ?? '');
  return {
    identity,
    ...(claims.issuer ? { issuer: claims.issuer } : {}),
    ...(claims.sourceRepositoryUri?.startsWith(GITHUB) ? { repository: claims.sourceRepositoryUri.slice(GITHUB.length) } : {}),
    ...(workflow ? { workflow: workflow[1] } : {}),
    ...(claims.sourceRepositoryRef ?? workflow?.[2] ? { ref: claims.sourceRepositoryRef ?? workflow![2] } : {}),
    ...(claims.sourceRepositoryDigest ? { commit: claims.sourceRepositoryDigest } : {}),
    ...(typeof environment === 'string' && environment ? { environment } : {}),
  };
}

export function describeIdentity(p: PublisherIdentity): string {
  const who = p.repository && p.workflow ? `${p.repository}'s ${p.workflow}${p.ref ? ` at ${p.ref}` : ''}` : p.identity;
  // A Sigstore certificate names no environment: only the index's publisher object does.
  return `${who}${p.environment ? ` (environment ${p.environment}, as the index states)` : ''}`;
}

/** Where the index's own statement of the publisher contradicts the certificate; undefined when it does not. */
function statedPublisherConflict(stated: unknown, identity: PublisherIdentity): string | undefined {
  if (typeof stated !== 'object' || stated === null) return undefined;
  const { kind, repository, workflow } = stated as Record<string, unknown>;
  if (kind !== 'GitHub') return undefined;
  const sameRepository = typeof repository !== 'string' || repository.toLowerCase() === (identity.repository ?? '').toLowerCase();
  const sameWorkflow = typeof workflow !== 'string' || workflow === identity.workflow;
  if (sameRepository && sameWorkflow) return undefined;
  return `names ${String(repository)}'s ${String(workflow)} as the publisher, but the signing certificate names ${describeIdentity({ ...identity, environment: undefined })}`;
}

/**
 * The provenance check of one installed wheel. `required` says why a wheel
 * without provenance fails (the setting, or a manifest that names its
 * attestation); undefined: it passes, reported as not attested.
 */
export async function checkProvenance(opts: {
  file: IndexFile;
  /** The sha256 of the bytes installed. */
  sha256: string;
  request: ProvenanceRequest;
  required?: string;
  /** The index URL, whose credentials go to the provenance URL when it lives on the same origin. */
  indexUrl: string;
  log: Logger;
}): Promise<ProvenanceOutcome> {
  const { file, request, log } = opts;
  const name = 'provenance';
  const rootName = request.trustedRootName ?? 'production';
  const absent = (where: string): ProvenanceOutcome => (opts.required
    ? { check: { name, ok: false, detail: `${file.filename} has no provenance: ${where}, but ${opts.required}` }, provenance: { status: 'failed', reason: `no provenance: ${where}` } }
    : { check: { name, ok: true, detail: `${file.filename} is not attested: ${where}` }, provenance: { status: 'absent' } });
  if (!file.provenance) return absent('the index links none for it (PEP 740)');

  const url = new URL(file.provenance);
  const shown = redactUrl(url.href);
  const failed = (reason: string): ProvenanceOutcome => ({
    check: { name, ok: false, detail: `the provenance of ${file.filename} (${shown}) ${reason}` },
    provenance: { status: 'failed', url: shown, reason },
  });
  const { url: index, authorization } = splitCredentials(opts.indexUrl);
  let object;
  try {
    object = await withRetry(
      () => readProvenance(url, authorization && url.origin === index.origin ? { authorization } : {}),
      httpRetryDecision,
      { maxAttempts: 4, baseDelayMs: 500, maxDelayMs: 5_000, maxElapsedMs: 60_000, what: `provenance of ${file.filename}` },
      log,
    );
  } catch (err) {
    return failed(`could not be read: ${err instanceof Error ? err.message : String(err)}`);
  }
  if (!object) return absent(`${shown} answers 404`);
  if (object.malformed.length > 0) return failed(`is malformed: ${object.malformed.slice(0, 3).join('; ')}${object.malformed.length > 3 ? ` (and ${object.malformed.length - 3} more)` : ''}`);

  // Loaded only here: sigstore-js is most of what verifying costs to load.
  const [{ parseAttestation, AttestationFormatError }, { verifyAttestation, AttestationVerificationError }, { checkGitHubPublisher }, trust] = await Promise.all([
    import('../../attestations/pep740.js'),
    import('../../attestations/verify.js'),
    import('../../attestations/identity.js'),
    request.trustedRoot ? Promise.resolve(request.trustedRoot) : import('../../attestations/trust-root.js').then((m) => m.productionTrustedRoot()),
  ]);
  const identities: PublisherIdentity[] = [];
  let count = 0;
  for (const [b, bundle] of object.attestation_bundles.entries()) {
    const list = Array.isArray(bundle.attestations) ? bundle.attestations : [];
    const environment = (bundle.publisher as { environment?: unknown } | undefined)?.environment;
    for (const [a, raw] of list.entries()) {
      count++;
      try {
        const verified = verifyAttestation(parseAttestation(raw, `attestation_bundles[${b}].attestations[${a}]`), { filename: file.filename, sha256: opts.sha256 }, { trustedRoot: trust });
        const identity = identityOf(verified.claims, environment);
        const conflict = statedPublisherConflict(bundle.publisher, identity);
        if (conflict) return failed(conflict);
        if (request.publisher) {
          const mismatch = checkGitHubPublisher(verified.claims, request.publisher);
          if (mismatch) {
            const reason = `names another publisher: ${file.filename} was published by ${describeIdentity(identity)}, not by ${request.publisher.repository}'s ${request.publisher.workflow} (${mismatch})`;
            return { check: { name, ok: false, detail: reason }, provenance: { status: 'failed', url: shown, publisher: identity, reason } };
          }
        }
        identities.push(identity);
      } catch (err) {
        if (err instanceof AttestationVerificationError || err instanceof AttestationFormatError) {
          return failed(`does not verify against the ${rootName} Sigstore trust root: ${err.message}`);
        }
        throw err;
      }
    }
  }
  if (count === 0) return failed('holds no attestation');
  const publisher = identities[0];
  const others = identities.filter((i) => i.identity !== publisher.identity);
  if (others.length > 0) return failed(`names two publishers: ${describeIdentity(publisher)} and ${describeIdentity(others[0])}`);
  const expected = request.publisher ? ', the expected publisher' : ' (no publisher was expected: set the publisher to compare it)';
  return {
    check: {
      name,
      ok: true,
      detail: `${file.filename} was published by ${describeIdentity(publisher)}${expected}; ${count} attestation${count === 1 ? '' : 's'} of these bytes verified against the ${rootName} Sigstore trust root`,
    },
    provenance: { status: 'verified', url: shown, publisher },
  };
}

/** The trust root in a file: a Sigstore trusted_root.json, or a client trust config that holds one. */
export async function loadTrustedRoot(path: string): Promise<TrustedRootJson> {
  const { readFile } = await import('node:fs/promises');
  const { parseTrustedRoot } = await import('../../attestations/trust-root.js');
  let data: unknown;
  try {
    data = JSON.parse(await readFile(path, 'utf8')) as unknown;
  } catch (err) {
    throw new UserError(`Cannot read the Sigstore trust root ${path}: ${err instanceof Error ? err.message : String(err)}.`);
  }
  const inner = (data as { trustedRoot?: unknown } | null)?.trustedRoot;
  return parseTrustedRoot(inner ?? data, path);
}
