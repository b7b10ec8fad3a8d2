/**
 * Trusted publishing on the local index, following warehouse
 * (`warehouse/oidc/views.py`): `GET /_/oidc/audience`, and
 * `POST /_/oidc/mint-token` (also the legacy `/_/oidc/github/mint-token`),
 * which verifies a GitHub Actions OIDC token (RS256 with a public key, or
 * HS256 with a shared secret), checks issuer, audience, expiry and single use
 * of its `jti`, matches the claims against configured publishers
 * (repository, workflow file, environment) and answers with a short-lived API
 * token the index's upload authentication then accepts — or with 422 and
 * warehouse's error codes and texts.
 */
import { createHmac, createVerify, randomBytes, timingSafeEqual, type KeyObject } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { normalizeName } from './distributions.js';
import { sendJson } from './http.js';
import type { IndexContext, LocalIndexRoute } from './types.js';

export const GITHUB_ISSUER = 'https://token.actions.githubusercontent.com';

export interface TrustedPublisherConfig {
  /** `owner/name` of the repository whose workflow may publish. */
  repository: string;
  /** The workflow file name, e.g. `release.yml` (the file that contains the publishing job). */
  workflow: string;
  /** When set, the job must run in this environment (compared case-insensitively, like warehouse). */
  environment?: string;
}

export interface PendingPublisherConfig extends TrustedPublisherConfig {
  /** The project a pending publisher would create. */
  project: string;
}

export interface TrustedPublishingOptions {
  /** What `/_/oidc/audience` announces and tokens must carry. Default `pypi`. */
  audience?: string;
  /** Default GitHub's issuer. */
  issuer?: string;
  /** An RS256 public key, or an HS256 shared secret (string or Buffer). */
  key: KeyObject | string | Buffer;
  publishers?: TrustedPublisherConfig[];
  pendingPublishers?: PendingPublisherConfig[];
  /** False: the audience endpoint answers 403 and minting `not-enabled`. Default true. */
  enabled?: boolean;
  /**
   * False: minting answers `not-enabled` for GitHub tokens while the audience endpoint still
   * answers, as warehouse's per-provider switch does. Default true.
   */
  githubEnabled?: boolean;
  /** Life of a minted token; warehouse's is 900 s. */
  tokenLifetimeSeconds?: number;
  /** Clock skew allowed on exp/nbf/iat. Default 60 s. */
  leewaySeconds?: number;
  now?: () => Date;
}

export interface MintRecord {
  token: string;
  /** Unix seconds. */
  expires: number;
  claims: Record<string, unknown>;
}

export interface TrustedPublishing {
  routes: LocalIndexRoute[];
  /** True for a minted token that has not expired: the upload authentication accepts it. */
  acceptToken(token: string): boolean;
  /** The publisher a valid minted token was issued for: attestations must name it. */
  publisherOf(token: string): TrustedPublisherConfig | undefined;
  /** Every token minted, in order (tests check none of them leaks). */
  readonly minted: MintRecord[];
  /** Every mint-token answer: status and error code. */
  readonly answers: { status: number; code?: string }[];
  /** The `jti`s already exchanged. */
  readonly usedJti: Set<string>;
}

const MISSING = 'Token request failed';

export function createTrustedPublishing(opts: TrustedPublishingOptions): TrustedPublishing {
  const audience = opts.audience ?? 'pypi';
  const issuer = opts.issuer ?? GITHUB_ISSUER;
  const lifetime = opts.tokenLifetimeSeconds ?? 900;
  const leeway = opts.leewaySeconds ?? 60;
  const enabled = opts.enabled ?? true;
  const githubEnabled = opts.githubEnabled ?? true;
  const clock = (): number => (opts.now ? opts.now() : new Date()).getTime() / 1000;
  const minted: MintRecord[] = [];
  const answers: { status: number; code?: string }[] = [];
  const tokens = new Map<string, { expires: number; publisher: TrustedPublisherConfig }>();
  const usedJti = new Set<string>();

  const invalid = (res: ServerResponse, code: string, description: string): void => {
    answers.push({ status: 422, code });
    sendJson(res, 422, { message: MISSING, errors: [{ code, description }] });
  };

  const audienceRoute = (_req: IncomingMessage, res: ServerResponse): void => {
    if (!enabled) {
      sendJson(res, 403, { message: 'Trusted publishing functionality not enabled' });
      return;
    }
    sendJson(res, 200, { audience });
  };

  const mintRoute = async (req: IncomingMessage, res: ServerResponse, _m: RegExpExecArray | null, ctx: IndexContext): Promise<void> => {
    const raw = await readBody(req, 64 * 1024);
    let payload: unknown;
    try {
      payload = JSON.parse(raw);
    } catch {
      invalid(res, 'invalid-payload', `1 validation error for TokenPayload\n  Invalid JSON [type=json_invalid, input_value=${JSON.stringify(raw.slice(0, 40))}, input_type=str]`);
      return;
    }
    const token = (payload as { token?: unknown } | null)?.token;
    if (typeof token !== 'string') {
      invalid(res, 'invalid-payload', `1 validation error for TokenPayload\ntoken\n  ${token === undefined ? 'Field required [type=missing]' : 'Input should be a valid string [type=string_type]'}`);
      return;
    }
    const decoded = decodeJwt(token);
    if (!decoded) {
      invalid(res, 'invalid-payload', 'malformed JWT');
      return;
    }
    if (decoded.claims.iss !== issuer) {
      invalid(res, 'invalid-payload', 'unknown trusted publishing issuer');
      return;
    }
    if (!enabled || !githubEnabled) {
      invalid(res, 'not-enabled', 'GitHub trusted publishing functionality not enabled');
      return;
    }
    const claims = decoded.claims;
    if (!verifySignature(decoded, opts.key) || !timesValid(claims, clock(), leeway) || !audienceMatches(claims.aud, audience) || typeof claims.jti !== 'string') {
      invalid(res, 'invalid-token', 'malformed or invalid token');
      return;
    }

    const existing = new Set(ctx.files().map((f) => f.project));
    const pending = (opts.pendingPublishers ?? []).find((p) => matches(p, claims));
    if (pending && existing.has(normalizeName(pending.project))) {
      invalid(res, 'invalid-pending-publisher', 'valid token, but project already exists');
      return;
    }
    const publisher = pending ?? (opts.publishers ?? []).find((p) => matches(p, claims));
    if (!publisher) {
      invalid(res, 'invalid-publisher', 'valid token, but no corresponding publisher (Publisher with matching claims was not found)');
      return;
    }
    if (usedJti.has(claims.jti)) {
      invalid(res, 'invalid-reuse-token', 'invalid token: already used');
      return;
    }
    usedJti.add(claims.jti);
    const apiToken = `pypi-${randomBytes(48).toString('base64url')}`;
    const expires = Math.floor(clock()) + lifetime;
    tokens.set(apiToken, { expires, publisher });
    minted.push({ token: apiToken, expires, claims });
    answers.push({ status: 200 });
    ctx.log.info(`local index: minted a ${lifetime}-second upload token for ${String(claims.repository)} (${String(claims.job_workflow_ref)})`);
    sendJson(res, 200, { success: true, token: apiToken, expires });
  };

  return {
    routes: [
      { methods: ['GET'], path: '/_/oidc/audience', handle: audienceRoute },
      { methods: ['POST'], path: '/_/oidc/mint-token', handle: mintRoute },
      { methods: ['POST'], path: '/_/oidc/github/mint-token', handle: mintRoute },
    ],
    acceptToken(token: string): boolean {
      const minted = tokens.get(token);
      return minted !== undefined && clock() < minted.expires;
    },
    publisherOf(token: string): TrustedPublisherConfig | undefined {
      const minted = tokens.get(token);
      return minted !== undefined && clock() < minted.expires ? minted.publisher : undefined;
    },
    minted,
    answers,
    usedJti,
  };
}

/**
 * A GitHub Actions OIDC token checked as warehouse and Fulcio check it: signature (RS256 with a public
 * key, HS256 with a secret), issuer, audience, expiry with leeway and a `jti`. The claims, or why not.
 */
export function verifyIdToken(
  token: string,
  opts: { key: KeyObject | string | Buffer; issuer: string; audience: string; nowSeconds: number; leewaySeconds: number },
): { claims: Record<string, unknown> } | { error: 'malformed' | 'issuer' | 'invalid' } {
  const decoded = decodeJwt(token);
  if (!decoded) return { error: 'malformed' };
  if (decoded.claims.iss !== opts.issuer) return { error: 'issuer' };
  const claims = decoded.claims;
  if (!verifySignature(decoded, opts.key) || !timesValid(claims, opts.nowSeconds, opts.leewaySeconds) || !audienceMatches(claims.aud, opts.audience) || typeof claims.jti !== 'string') {
    return { error: 'invalid' };
  }
  return { claims };
}

interface DecodedJwt {
  header: { alg?: unknown };
  claims: Record<string, unknown> & { jti?: unknown; aud?: unknown; iss?: unknown };
  signingInput: string;
  signature: Buffer;
}

function decodeJwt(token: string): DecodedJwt | undefined {
  const parts = token.split('.');
  if (parts.length !== 3 || parts.some((p) => !/^[A-Za-z0-9_-]*$/.test(p))) return undefined;
  try {
    const header = JSON.parse(Buffer.from(parts[0], 'base64url').toString('utf8')) as unknown;
    const claims = JSON.parse(Buffer.from(parts[1], 'base64url').toString('utf8')) as unknown;
    if (!isObject(header) || !isObject(claims)) return undefined;
    return { header, claims, signingInput: `${parts[0]}.${parts[1]}`, signature: Buffer.from(parts[2], 'base64url') };
  } catch {
    return undefined;
  }
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function verifySignature(jwt: DecodedJwt, key: KeyObject | string | Buffer): boolean {
  const alg = jwt.header.alg;
  const isSecret = typeof key === 'string' || Buffer.isBuffer(key) || key.type === 'secret';
  if (alg === 'HS256' && isSecret) {
    const expected = createHmac('sha256', key as string | Buffer | KeyObject).update(jwt.signingInput).digest();
    return expected.length === jwt.signature.length && timingSafeEqual(expected, jwt.signature);
  }
  if (alg === 'RS256' && !isSecret) {
    try {
      return createVerify('RSA-SHA256').update(jwt.signingInput).verify(key as KeyObject, jwt.signature);
    } catch {
      return false;
    }
  }
  return false; // "none" and algorithms the key does not fit are refused
}

function timesValid(claims: Record<string, unknown>, now: number, leeway: number): boolean {
  const num = (v: unknown): number | undefined => (typeof v === 'number' && Number.isFinite(v) ? v : undefined);
  const exp = num(claims.exp);
  if (exp === undefined || now > exp + leeway) return false;
  const nbf = num(claims.nbf);
  if (nbf !== undefined && now + leeway < nbf) return false;
  const iat = num(claims.iat);
  if (iat !== undefined && now + leeway < iat) return false;
  return true;
}

function audienceMatches(aud: unknown, audience: string): boolean {
  return aud === audience || (Array.isArray(aud) && aud.includes(audience));
}

/** warehouse's GitHub publisher: repository, the workflow file in job_workflow_ref, and the environment when configured. */
function matches(p: TrustedPublisherConfig, claims: Record<string, unknown>): boolean {
  if (typeof claims.repository !== 'string' || claims.repository.toLowerCase() !== p.repository.toLowerCase()) return false;
  const ref = typeof claims.job_workflow_ref === 'string' ? claims.job_workflow_ref : '';
  if (!ref.toLowerCase().startsWith(`${p.repository}/.github/workflows/${p.workflow}@`.toLowerCase())) return false;
  if (p.environment !== undefined) {
    if (typeof claims.environment !== 'string' || claims.environment.toLowerCase() !== p.environment.toLowerCase()) return false;
  }
  return true;
}

function readBody(req: IncomingMessage, limit: number): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size <= limit) chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}
