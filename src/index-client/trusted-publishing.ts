/**
 * Trusted publishing (OIDC), as twine and pypa/gh-action-pypi-publish do it:
 * ask the index for its audience (`GET /_/oidc/audience`), get a GitHub OIDC
 * token for it, exchange that for a short-lived API token
 * (`POST /_/oidc/mint-token`), mask it before anything can print it, and mint
 * again before it expires on long runs. Failures are explained with the
 * token's non-secret claims, the way the PyPA action renders them.
 */
import { UserError } from '../errors.js';
import type { Logger } from '../log.js';
import { HttpError, httpRetryDecision, HttpStatusError, parseRetryAfter, request, withRetry, type RetryOptions, type Transport } from '../http/index.js';
import { answerMessage, headerText, readAnswer } from './answers.js';
import { clip } from '../text/untrusted.js';
import { USER_AGENT } from './json-api.js';

export interface TrustedPublishingOptions {
  /** The index origin (the upload URL's), where `/_/oidc/` lives. */
  base: URL;
  /** A GitHub OIDC token (JWT) for this audience; the action passes src/github/oidc-token.ts's fetchIdToken. */
  getIdToken(audience: string): Promise<string>;
  /** Masks a secret in the job log at once (core.setSecret). */
  mask(secret: string): void;
  log: Logger;
  /** The workflow runs for a pull request from a fork, where GitHub gives no OIDC token. */
  forkPullRequest?: boolean;
  /** The audience this index must name (PyPI's `pypi`, TestPyPI's `testpypi`); any other index's own, within the limits below. */
  expectedAudience?: string;
  transport?: Transport;
  now?: () => number;
  retry?: Partial<RetryOptions>;
}

/** Claims shown when an exchange fails: none of them is secret. */
export const RENDERED_CLAIMS = ['sub', 'repository', 'repository_owner', 'repository_owner_id', 'workflow_ref', 'job_workflow_ref', 'ref', 'environment'] as const;

const TOKEN_RETRIEVAL_FAILED = (error: string) =>
  `OpenID Connect token retrieval failed: ${error}\n\n`
  + 'This generally indicates a workflow configuration error, such as insufficient permissions. '
  + 'Make sure that your workflow has `id-token: write` configured at the job level, e.g.:\n\n'
  + '```yaml\npermissions:\n  id-token: write\n```\n\n'
  + 'Learn more at https://docs.github.com/en/actions/deployment/security-hardening-your-deployments/about-security-hardening-with-openid-connect#adding-permissions-settings.';

const TOKEN_RETRIEVAL_FAILED_FORK = (error: string) =>
  `OpenID Connect token retrieval failed: ${error}\n\n`
  + 'The workflow was run by a pull request from a fork. For security reasons, GitHub does not give these workflows '
  + 'OIDC permissions, even if `id-token: write` is explicitly configured. Publish from a workflow that runs on the '
  + 'main repository (push, release, workflow_dispatch) instead.';

/** What each refusal code of warehouse's mint-token means, and what to do about it. */
export const MINT_ERROR_HELP: Record<string, string> = {
  'invalid-publisher':
    'No trusted publisher on this index matches the claims below. On the project\'s "Publishing" settings, check the owner, '
    + 'the repository, the workflow filename (the file that contains this job, not a reusable workflow it calls) and the '
    + 'environment (when the publisher names one, the job must use exactly that environment). TestPyPI and PyPI are '
    + 'configured separately.',
  'invalid-pending-publisher':
    'A pending publisher matched, but a project with that name already exists, so it cannot be created by this publisher. '
    + 'Add a trusted publisher on the existing project instead (Manage → Publishing), or ask its owners to.',
  'invalid-reuse-token':
    'This GitHub OIDC token was already exchanged once; each token can be used only once. Rerun the job to get a fresh one.',
  'invalid-token':
    'The index could not verify the GitHub OIDC token (signature, audience, issuer or expiry). Make sure the job\'s token '
    + 'is requested for the audience the index names, and rerun the job.',
  'invalid-payload':
    'The index could not read the token request (a malformed token, or one from an issuer it does not trust). '
    + 'Make sure the token comes from GitHub Actions\' OIDC provider.',
  'not-enabled':
    'Trusted publishing is switched off on this index. Use an API token (the token input) instead, or try again later.',
};

interface Minted {
  token: string;
  /** ms since the epoch. */
  expires: number;
  /** ms since the epoch. */
  minted: number;
}

/** Decodes a JWT's payload without verifying it: only to show claims and compare the workflow refs. */
export function unverifiedClaims(jwt: string): Record<string, unknown> | undefined {
  const parts = jwt.split('.');
  if (parts.length !== 3) return undefined;
  try {
    const data = JSON.parse(Buffer.from(parts[1], 'base64url').toString('utf8')) as unknown;
    return data && typeof data === 'object' && !Array.isArray(data) ? (data as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

export function renderClaims(claims: Record<string, unknown> | undefined): string {
  const lines = RENDERED_CLAIMS.map((name) => {
    const value = claims?.[name];
    return `* \`${name}\`: \`${value === undefined || value === null ? 'MISSING' : String(value)}\``;
  });
  return lines.join('\n');
}

/** The API token for uploads, minted on first use and again shortly before it expires. */
export class TrustedPublisher {
  private current?: Minted;
  private pending?: Promise<Minted>;
  private audience?: string;
  private warned = false;
  /** How many tokens were minted (one, unless the run outlived one). */
  mints = 0;

  constructor(private readonly opts: TrustedPublishingOptions) {}

  private now(): number {
    return this.opts.now ? this.opts.now() : Date.now();
  }

  /** `Basic base64(__token__:<token>)` valid for a while yet. */
  async authorization(): Promise<string> {
    const token = await this.token();
    return `Basic ${Buffer.from(`__token__:${token}`).toString('base64')}`;
  }

  /** The current token, renewed when less than a third of its life (at most 5 minutes) remains. */
  async token(): Promise<string> {
    const now = this.now();
    const cur = this.current;
    if (cur) {
      const renewBefore = Math.min(5 * 60_000, (cur.expires - cur.minted) / 3);
      if (cur.expires - now > renewBefore) return cur.token;
    }
    this.pending ??= this.mint().finally(() => {
      this.pending = undefined;
    });
    const minted = await this.pending;
    this.current = minted;
    return minted.token;
  }

  /** Forgets the current token, so the next upload gets a freshly minted one (after the index refused it). */
  invalidate(): void {
    this.current = undefined;
  }

  /** One small exchange with the index's OIDC endpoints, its answer read whole (at most 1 MiB). */
  private async exchange(url: URL, init: { method?: string; headers: Record<string, string>; body?: string }) {
    const res = await request(url, {
      ...init,
      timeouts: { idleMs: 10_000, deadlineMs: 20_000 },
      ...(this.opts.transport ? { transport: this.opts.transport } : {}),
    });
    return readAnswer(res, { maxBytes: 1024 * 1024 });
  }

  private retryOptions(what: string): RetryOptions {
    return { maxAttempts: 5, baseDelayMs: 1000, maxDelayMs: 20_000, maxElapsedMs: 120_000, what, ...this.opts.retry };
  }

  private async discoverAudience(): Promise<string> {
    if (this.audience) return this.audience;
    const url = new URL('/_/oidc/audience', this.opts.base);
    const domain = this.opts.base.host;
    const res = await withRetry(async () => {
      const r = await this.exchange(url, { headers: { Accept: 'application/json', 'User-Agent': USER_AGENT } });
      if (r.status === 429 || r.status >= 500) throw new HttpStatusError(r.status, `GET ${url.href} answered ${r.status}`, parseRetryAfter(headerText(r.headers['retry-after'])));
      return r;
    }, httpRetryDecision, this.retryOptions(`GET ${url.href}`), this.opts.log).catch((err: unknown) => {
      if (err instanceof HttpError && err.code === 'EBODYTOOLARGE') throw new UserError(`Trusted publishing exchange failure: audience retrieval failed: ${err.message}.`);
      throw new UserError(`Trusted publishing exchange failure: audience retrieval failed: ${domain} could not be reached (${(err as Error).message}).`);
    });
    if (res.status === 403) throw new UserError(`Trusted publishing exchange failure: audience retrieval failed: repository at ${domain} has trusted publishing disabled. Use an API token (the token input) instead.`);
    if (res.status === 404) throw new UserError(`Trusted publishing exchange failure: audience retrieval failed: repository at ${domain} does not indicate trusted publishing support. Use an API token (the token input) for this index.`);
    if (res.status !== 200) throw new UserError(`Trusted publishing exchange failure: audience retrieval failed: repository at ${domain} responded with unexpected ${res.status}: ${answerMessage(res)}`);
    let audience: unknown;
    try {
      audience = (JSON.parse(res.body.toString('utf8')) as { audience?: unknown }).audience;
    } catch {
      audience = undefined;
    }
    if (typeof audience !== 'string' || audience === '') {
      throw new UserError(`Trusted publishing exchange failure: audience retrieval failed: ${url.href} did not answer with {"audience": "…"}.`);
    }
    // The job's token for this audience goes to the index: one meant for another service would let the index act as this workflow there.
    const misuse = this.opts.expectedAudience !== undefined && audience !== this.opts.expectedAudience
      ? `${domain} is ${this.opts.expectedAudience === 'pypi' ? 'PyPI' : 'TestPyPI'}, whose audience is "${this.opts.expectedAudience}"`
      : foreignAudience(audience);
    if (misuse) {
      throw new UserError(
        `Trusted publishing exchange failure: ${domain} asks for a GitHub OIDC token with the audience ${JSON.stringify(clip(audience))}, and ${misuse}. `
          + 'A token for that audience would let the index act as this workflow elsewhere, so none was requested. Check the repository input, or use an API token for this index.',
      );
    }
    this.audience = audience;
    return audience;
  }

  private async idToken(audience: string): Promise<string> {
    let jwt: string;
    try {
      jwt = await this.opts.getIdToken(audience);
    } catch (err) {
      const text = err instanceof Error ? err.message : String(err);
      throw new UserError(`Trusted publishing exchange failure: ${this.opts.forkPullRequest ? TOKEN_RETRIEVAL_FAILED_FORK(text) : TOKEN_RETRIEVAL_FAILED(text)}`);
    }
    this.opts.mask(jwt);
    return jwt;
  }

  private async mint(): Promise<Minted> {
    const audience = await this.discoverAudience();
    const url = new URL('/_/oidc/mint-token', this.opts.base);
    // A fresh GitHub token for every attempt: the index accepts each one once, even if its answer got lost.
    return withRetry(async () => {
      const jwt = await this.idToken(audience);
      const claims = unverifiedClaims(jwt);
      if (!this.warned && claims && claims.workflow_ref !== undefined && claims.job_workflow_ref !== undefined && claims.workflow_ref !== claims.job_workflow_ref) {
        this.warned = true;
        this.opts.log.warning(
          `Potential workflow misconfiguration: this job runs in the reusable workflow ${String(claims.job_workflow_ref)}, called by ${String(claims.workflow_ref)}. `
          + 'Reusable workflows are not currently supported by PyPI\'s trusted publishing (https://github.com/pypa/gh-action-pypi-publish/issues/166): '
          + 'if the exchange fails, move the publishing job into the calling workflow.',
        );
      }
      const started = this.now();
      const res = await this.exchange(url, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Accept: 'application/json', 'User-Agent': USER_AGENT },
        body: JSON.stringify({ token: jwt }),
      });
      if (res.status === 429 || res.status >= 500) {
        throw new HttpStatusError(res.status, `POST ${url.href} answered ${res.status}`, parseRetryAfter(headerText(res.headers['retry-after'])));
      }
      let data: { token?: unknown; expires?: unknown; message?: unknown; errors?: unknown } | undefined;
      try {
        data = JSON.parse(res.body.toString('utf8')) as typeof data;
      } catch {
        data = undefined;
      }
      if (!data || typeof data !== 'object') {
        throw new UserError(
          `Trusted publishing exchange failure: Token request failed: the index produced an unexpected ${res.status} response.\n\n`
          + 'This strongly suggests a server configuration or downtime issue; wait a few minutes and try again. '
          + 'You can monitor PyPI\'s status here: https://status.python.org/',
        );
      }
      if (res.status !== 200) throw new UserError(refusal(res.status, data, claims));
      if (typeof data.token !== 'string' || data.token === '') {
        throw new UserError('Trusted publishing exchange failure: Token response error: the index gave us an invalid response. This is likely a bug in the index.');
      }
      this.opts.mask(data.token);
      this.mints++;
      const expires = typeof data.expires === 'number' ? data.expires * 1000 : started + 15 * 60_000;
      this.opts.log.info(`Trusted publishing: minted a PyPI API token for audience "${audience}", valid until ${new Date(expires).toISOString()}.`);
      return { token: data.token, expires, minted: started };
    }, (err) => (err instanceof UserError ? { retry: false } : httpRetryDecision(err)), this.retryOptions(`POST ${url.href}`), this.opts.log).catch((err: unknown) => {
      if (err instanceof UserError) throw err;
      throw new UserError(`Trusted publishing exchange failure: the token exchange with ${url.origin} failed: ${(err as Error).message}. Try again later.`);
    });
  }
}

/**
 * Audiences of services other than a package index, which accept GitHub's OIDC tokens: Sigstore's
 * signing (Fulcio), AWS, Azure and Google Cloud role federation.
 */
function foreignAudience(audience: string): string | undefined {
  const a = audience.trim().toLowerCase();
  if (a === 'sigstore') return 'that is the audience of Sigstore\'s signing service';
  if (a === 'sts.amazonaws.com' || a.endsWith('.amazonaws.com')) return 'that is the audience of AWS role federation';
  if (a.startsWith('api://azureadtokenexchange')) return 'that is the audience of Azure workload identity federation';
  if (a.includes('iam.googleapis.com')) return 'that is the audience of Google Cloud workload identity federation';
  return undefined;
}

/** Reasons of a refused exchange listed at most. */
const MAX_REASONS = 10;

function refusal(status: number, data: { message?: unknown; errors?: unknown }, claims: Record<string, unknown> | undefined): string {
  const errors = Array.isArray(data.errors)
    ? data.errors.filter((e): e is { code?: unknown; description?: unknown } => !!e && typeof e === 'object')
    : [];
  // The index's words, each cut to a message's length, and no more of them than a person reads.
  const shown = errors.slice(0, MAX_REASONS);
  const reasons = errors.length > 0
    ? shown.map((e) => `* \`${clip(String(e.code ?? 'unknown'))}\`: ${clip(String(e.description ?? ''))}`).join('\n')
      + (errors.length > shown.length ? `\n* … and ${errors.length - shown.length} more` : '')
    : `* ${typeof data.message === 'string' ? clip(data.message) : `HTTP ${status}`}`;
  const help = [...new Set(errors.map((e) => String(e.code ?? '')))].map((code) => MINT_ERROR_HELP[code]).filter((h): h is string => !!h);
  return 'Trusted publishing exchange failure: Token request failed: the server refused the request for the following reasons:\n\n'
    + `${reasons}\n\n`
    + (help.length > 0 ? `${help.join('\n\n')}\n\n` : '')
    + 'This generally indicates a trusted publisher configuration error, but could also indicate an internal error on GitHub or the index\'s part.\n\n'
    + 'The claims rendered below are **for debugging purposes only**. You should **not** use them to configure a trusted publisher unless they already match your expectations.\n\n'
    + 'If a claim is not present in the claim set, then it is rendered as `MISSING`.\n\n'
    + renderClaims(claims)
    + '\n\nSee https://docs.pypi.org/trusted-publishers/troubleshooting/ for more help.';
}
