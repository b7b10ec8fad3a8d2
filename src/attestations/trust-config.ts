/**
 * Which Sigstore instance signs and verifies: a client trust config (Sigstore's
 * `ClientTrustConfig` JSON: a trusted root plus a signing config naming the
 * Fulcio and Rekor to use). Production is the public-good instance, the only
 * one PyPI accepts: Fulcio and Rekor's v1 API (as pypi-attestations signs),
 * verified against the trusted root shipped with sigstore-js. A file in the
 * same format points signing at another instance (the local stand-in).
 */
import { readFile } from 'node:fs/promises';
import { UserError } from '../errors.js';
import { parseTrustedRoot, productionTrustedRoot, type TrustedRootJson } from './trust-root.js';

export interface TrustConfig {
  /** `production` or the file it came from, for messages. */
  name: string;
  trustedRoot: TrustedRootJson;
  signingConfig: Record<string, unknown>;
}

/** @sigstore/sign's DEFAULT_FULCIO_URL and DEFAULT_REKOR_URL: the public-good instance. */
const PRODUCTION_FULCIO = 'https://fulcio.sigstore.dev';
const PRODUCTION_REKOR = 'https://rekor.sigstore.dev';

export function productionTrustConfig(): TrustConfig {
  const validFor = { start: '2022-04-13T20:06:15Z' };
  return {
    name: 'production',
    trustedRoot: productionTrustedRoot(),
    signingConfig: {
      mediaType: 'application/vnd.dev.sigstore.signingconfig.v0.2+json',
      caUrls: [{ url: PRODUCTION_FULCIO, majorApiVersion: 1, validFor, operator: 'sigstore.dev' }],
      oidcUrls: [],
      rekorTlogUrls: [{ url: PRODUCTION_REKOR, majorApiVersion: 1, validFor, operator: 'sigstore.dev' }],
      tsaUrls: [],
      rekorTlogConfig: { selector: 'ANY' },
    },
  };
}

export async function readTrustConfig(path: string): Promise<TrustConfig> {
  let data: unknown;
  try {
    data = JSON.parse(await readFile(path, 'utf8')) as unknown;
  } catch (err) {
    throw new UserError(`Cannot read the Sigstore trust config ${path}: ${(err as Error).message}.`);
  }
  const d = data as { trustedRoot?: unknown; signingConfig?: unknown } | null;
  if (!d || typeof d !== 'object' || !d.signingConfig || typeof d.signingConfig !== 'object') {
    throw new UserError(`${path} is not a Sigstore client trust config: it needs "trustedRoot" and "signingConfig".`);
  }
  return { name: path, trustedRoot: parseTrustedRoot(d.trustedRoot, `${path} (trustedRoot)`), signingConfig: d.signingConfig as Record<string, unknown> };
}
