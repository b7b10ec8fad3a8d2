/**
 * Keyless signing of PyPI publish attestations with sigstore-js: for each
 * file, the in-toto statement naming it goes into a DSSE envelope signed with
 * an ephemeral key, whose Fulcio certificate binds it to the job's OIDC
 * identity (audience `sigstore`), witnessed by a Rekor entry; the bundle
 * becomes a PEP 740 attestation and is verified against the trust root and
 * the expected publisher before anyone uses it. Loaded only when signing.
 */
import { bundleToJSON } from '@sigstore/bundle';
import { SigningConfig } from '@sigstore/protobuf-specs';
import { bundleBuilderFromSigningConfig } from '@sigstore/sign';
import { UserError } from '../errors.js';
import type { Logger } from '../log.js';
import { attestationFromBundle, IN_TOTO_PAYLOAD_TYPE, publishStatement, type Attestation } from './pep740.js';
import type { TrustConfig } from './trust-config.js';
import { verifyAttestation, type DistributionRef } from './verify.js';

export interface SignOptions {
  trust: TrustConfig;
  /** A GitHub OIDC token with audience `sigstore`. */
  getToken(): Promise<string>;
  /** The trusted publisher the fresh certificate must name. */
  publisher: { repository: string; workflow: string };
  log: Logger;
}

/** Tokens are reused for a few minutes: GitHub's last longer, and every file needs one. */
const TOKEN_REUSE_MS = 4 * 60_000;

export async function signAttestations(files: DistributionRef[], opts: SignOptions): Promise<Map<string, Attestation>> {
  const tokens: string[] = [];
  let cached: { token: string; at: number } | undefined;
  const identityProvider = {
    getToken: async (): Promise<string> => {
      if (!cached || Date.now() - cached.at > TOKEN_REUSE_MS) {
        cached = { token: await opts.getToken(), at: Date.now() };
        tokens.push(cached.token);
      }
      return cached.token;
    },
  };
  const scrub = (text: string): string => tokens.reduce((t, token) => t.split(token).join('***'), text);
  const builder = bundleBuilderFromSigningConfig({
    signingConfig: SigningConfig.fromJSON(opts.trust.signingConfig),
    identityProvider,
    bundleType: 'dsseEnvelope',
    fetchOptions: { timeout: 30_000, retry: { retries: 3, factor: 2, minTimeout: 1000, maxTimeout: 10_000 } },
  });
  const out = new Map<string, Attestation>();
  for (const file of files) {
    let attestation: Attestation;
    try {
      const bundle = await builder.create({ data: publishStatement(file.filename, file.sha256), type: IN_TOTO_PAYLOAD_TYPE });
      attestation = attestationFromBundle(bundleToJSON(bundle));
    } catch (err) {
      if (err instanceof UserError) throw err;
      const cause = (err as { cause?: unknown }).cause;
      const detail = [err instanceof Error ? err.message : String(err), cause instanceof Error ? cause.message : undefined].filter(Boolean).join(': ');
      throw new UserError(`Signing the attestation for ${file.filename} with Sigstore (${opts.trust.name}) failed: ${scrub(detail)}. Nothing was uploaded; rerun the job to try again.`);
    }
    try {
      verifyAttestation(attestation, file, { trustedRoot: opts.trust.trustedRoot, publisher: opts.publisher });
    } catch (err) {
      throw new UserError(`The attestation just signed for ${file.filename} does not verify: ${scrub((err as Error).message)}. Nothing was uploaded.`);
    }
    opts.log.info(`Signed ${file.filename}: PEP 740 publish attestation (Sigstore ${opts.trust.name}).`);
    out.set(file.filename, attestation);
  }
  return out;
}
