/**
 * A local stand-in for GitHub Actions' OIDC token issuer, in process: RS256
 * tokens with the claims a workflow run gets (repository, the workflow ref,
 * a fresh `jti`), for any audience. The embedded index's trusted publishing
 * (audience `pypi`) and the local Sigstore's Fulcio (audience `sigstore`)
 * verify them with `publicKey`, so the rehearsal signs and publishes as a
 * workflow does, with nothing leaving the machine. The tests' HTTP endpoint
 * (test/support/oidc.ts) signs with `signJwt` too.
 */
import { createSign, generateKeyPairSync, randomUUID, type KeyObject } from 'node:crypto';
import { GITHUB_ISSUER } from '../attestations/identity.js';

/** A compact JWS (RS256) of these claims. */
export function signJwt(claims: Record<string, unknown>, key: KeyObject, kid = 'local-key'): string {
  const part = (value: unknown): string => Buffer.from(JSON.stringify(value)).toString('base64url');
  const input = `${part({ alg: 'RS256', typ: 'JWT', kid })}.${part(claims)}`;
  return `${input}.${createSign('RSA-SHA256').update(input).sign(key).toString('base64url')}`;
}

/** The claims GitHub gives a job of `workflow` in `repository` on `ref`. */
export function workflowClaims(opts: { repository: string; workflow: string; ref?: string; sha?: string }): Record<string, unknown> {
  const ref = opts.ref ?? 'refs/heads/main';
  const workflowRef = `${opts.repository}/.github/workflows/${opts.workflow}@${ref}`;
  return {
    sub: `repo:${opts.repository}:ref:${ref}`,
    repository: opts.repository,
    repository_owner: opts.repository.split('/')[0],
    workflow_ref: workflowRef,
    job_workflow_ref: workflowRef,
    ref,
    ref_type: 'branch',
    ...(opts.sha ? { sha: opts.sha } : {}),
    event_name: 'workflow_dispatch',
    runner_environment: 'self-hosted',
  };
}

export interface LocalOidcIssuer {
  /** What the index and the local Fulcio verify tokens with. */
  publicKey: KeyObject;
  issuer: string;
  /** A fresh token for `audience`, as `core.getIDToken(audience)` fetches one; valid five minutes. */
  token(audience: string): string;
  /** Every token issued (a test, or the rehearsal, checks none leaks). */
  readonly issued: string[];
}

export function createLocalOidcIssuer(claims: Record<string, unknown>): LocalOidcIssuer {
  const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const issued: string[] = [];
  return {
    publicKey,
    issuer: GITHUB_ISSUER,
    issued,
    token(audience) {
      const now = Math.floor(Date.now() / 1000);
      const jwt = signJwt({ ...claims, jti: randomUUID(), aud: audience, iss: GITHUB_ISSUER, iat: now, nbf: now - 5, exp: now + 300 }, privateKey);
      issued.push(jwt);
      return jwt;
    },
  };
}
