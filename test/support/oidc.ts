/**
 * A local stand-in for GitHub Actions' OIDC token endpoint
 * (ACTIONS_ID_TOKEN_REQUEST_URL): `GET <url>&audience=<aud>` with
 * `Authorization: Bearer <ACTIONS_ID_TOKEN_REQUEST_TOKEN>` answers
 * `{"value": "<JWT>"}`, an RS256 token with the claims a workflow run on the
 * test runner's repository would get. The public key goes to the local
 * index's trusted publishing, so the two agree without any mock.
 */
import { generateKeyPairSync, randomBytes, randomUUID, type KeyObject } from 'node:crypto';
import { signJwt } from '../../src/sigstore-local/oidc-issuer.js';
import http from 'node:http';
import type { AddressInfo } from 'node:net';

export const ISSUER = 'https://token.actions.githubusercontent.com';

/** The claims GitHub issues for the runner harness's default run (octo/example, release.yml on main). */
export function defaultClaims(): Record<string, unknown> {
  return {
    sub: 'repo:octo/example:ref:refs/heads/main',
    repository: 'octo/example',
    repository_owner: 'octo',
    repository_owner_id: '583231',
    repository_id: '1296269',
    workflow_ref: 'octo/example/.github/workflows/release.yml@refs/heads/main',
    job_workflow_ref: 'octo/example/.github/workflows/release.yml@refs/heads/main',
    ref: 'refs/heads/main',
    ref_type: 'branch',
    event_name: 'workflow_dispatch',
    runner_environment: 'github-hosted',
    actor: 'octocat',
  };
}

export type TokenMode =
  /** a fresh, valid token every time */
  | 'valid'
  /** the same token (same jti) every time */
  | 'same-token'
  /** a string that is not a JWT */
  | 'garbage'
  /** signed with a key the index does not know */
  | 'wrong-key'
  /** expired an hour ago */
  | 'expired';

export interface OidcEndpoint {
  /** ACTIONS_ID_TOKEN_REQUEST_URL: with a query already, as GitHub's has (core appends `&audience=`). */
  requestUrl: string;
  /** ACTIONS_ID_TOKEN_REQUEST_TOKEN */
  requestToken: string;
  /** The key the index verifies with. */
  publicKey: KeyObject;
  /** Every token handed out, with the audience asked for. */
  issued: { jwt: string; audience: string | null; claims: Record<string, unknown> }[];
  /** Requests refused for a bad bearer token. */
  refused: number;
  mode: TokenMode;
  claims: Record<string, unknown>;
  /** The environment a step gets with `permissions: id-token: write`. */
  env(): Record<string, string>;
  /** A signed token with these claims (tests that call mint-token themselves). */
  sign(claims: Record<string, unknown>, key?: KeyObject): string;
  close(): Promise<void>;
}

export async function startOidcEndpoint(opts: { claims?: Record<string, unknown>; mode?: TokenMode; lifetimeSeconds?: number } = {}): Promise<OidcEndpoint> {
  const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const stranger = generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey;
  const requestToken = randomBytes(24).toString('hex');
  let fixed: string | undefined;

  const sign = (claims: Record<string, unknown>, key: KeyObject = privateKey): string => signJwt(claims, key, 'test-key');

  const endpoint: OidcEndpoint = {
    requestUrl: '',
    requestToken,
    publicKey,
    issued: [],
    refused: 0,
    mode: opts.mode ?? 'valid',
    claims: { ...defaultClaims(), ...(opts.claims ?? {}) },
    env: () => ({ ACTIONS_ID_TOKEN_REQUEST_URL: endpoint.requestUrl, ACTIONS_ID_TOKEN_REQUEST_TOKEN: requestToken }),
    sign,
    close: async () => {
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };

  const mint = (audience: string | null): string => {
    const now = Math.floor(Date.now() / 1000);
    const lifetime = opts.lifetimeSeconds ?? 300;
    const claims: Record<string, unknown> = {
      ...endpoint.claims,
      jti: randomUUID(),
      aud: audience ?? 'https://github.com/octo',
      iss: ISSUER,
      iat: now,
      nbf: now - 5,
      exp: now + lifetime,
    };
    switch (endpoint.mode) {
      case 'garbage':
        return 'not-a-jwt';
      case 'wrong-key':
        return sign(claims, stranger);
      case 'expired':
        return sign({ ...claims, iat: now - 7200, nbf: now - 7200, exp: now - 3600 });
      case 'same-token':
        fixed ??= sign(claims);
        return fixed;
      default:
        return sign(claims);
    }
  };

  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://oidc.invalid');
    if (req.headers.authorization !== `Bearer ${requestToken}`) {
      endpoint.refused++;
      res.writeHead(401, { 'Content-Type': 'application/json' });
      res.end(JSON.stringify({ message: 'Bad credentials' }));
      return;
    }
    if (url.pathname !== '/token' || url.searchParams.get('api-version') !== '2.0') {
      res.writeHead(404, { 'Content-Type': 'application/json' });
      res.end(JSON.stringify({ message: 'Not Found' }));
      return;
    }
    const audience = url.searchParams.get('audience');
    const jwt = mint(audience);
    const payload = jwt.split('.')[1];
    const claims = payload ? (JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as Record<string, unknown>) : {};
    endpoint.issued.push({ jwt, audience, claims });
    res.writeHead(200, { 'Content-Type': 'application/json' });
    res.end(JSON.stringify({ count: 1, value: jwt }));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  const { port } = server.address() as AddressInfo;
  endpoint.requestUrl = `http://127.0.0.1:${port}/token?api-version=2.0`;
  return endpoint;
}
