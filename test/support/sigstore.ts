/**
 * The local Sigstore stand-in (src/sigstore-local) fed by the local OIDC
 * issuer: what a test needs to sign (a token source with audience `sigstore`)
 * and to verify (the trusted root), and the trust config file the action reads
 * from PYRELEASE_SIGSTORE_TRUST_CONFIG.
 */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { startLocalSigstore, type LocalSigstore } from '../../src/sigstore-local/index.js';
import type { TrustConfig } from '../../src/attestations/trust-config.js';
import { startOidcEndpoint, type OidcEndpoint } from './oidc.js';

export interface TestSigstore {
  oidc: OidcEndpoint;
  sigstore: LocalSigstore;
  trust: TrustConfig;
  /** A fresh GitHub OIDC token for Fulcio, as `core.getIDToken('sigstore')` would fetch it. */
  sigstoreToken(): Promise<string>;
  /** Writes the client trust config into `dir`; returns its path. */
  writeTrustConfig(dir: string): Promise<string>;
  /** ACTIONS_ID_TOKEN_REQUEST_* for the job, and the trust config for the action. */
  env(trustConfigPath: string): Record<string, string>;
  close(): Promise<void>;
}

export async function startTestSigstore(opts: { oidc?: OidcEndpoint; claims?: Record<string, unknown> } = {}): Promise<TestSigstore> {
  const oidc = opts.oidc ?? (await startOidcEndpoint(opts.claims ? { claims: opts.claims } : {}));
  const sigstore = await startLocalSigstore({ oidcKey: oidc.publicKey });
  return {
    oidc,
    sigstore,
    trust: { name: 'local', trustedRoot: sigstore.trustedRoot, signingConfig: sigstore.signingConfig },
    sigstoreToken: async () => {
      const res = await fetch(`${oidc.requestUrl}&audience=sigstore`, { headers: { Authorization: `Bearer ${oidc.requestToken}` } });
      return ((await res.json()) as { value: string }).value;
    },
    writeTrustConfig: async (dir) => {
      const path = join(dir, 'sigstore-trust-config.json');
      await writeFile(path, JSON.stringify(sigstore.trustConfig(), null, 2));
      return path;
    },
    env: (trustConfigPath) => ({ ...oidc.env(), PYRELEASE_SIGSTORE_TRUST_CONFIG: trustConfigPath }),
    close: async () => {
      await sigstore.close();
      if (!opts.oidc) await oidc.close();
    },
  };
}
