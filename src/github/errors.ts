/** Reading GitHub's error answers: status, validation codes and a message worth showing a person. */
import { UserError } from '../errors.js';

interface GitHubErrorShape {
  status?: number;
  message?: string;
  response?: { data?: unknown; headers?: Record<string, string | number | undefined> };
}

interface ValidationError {
  resource?: string;
  field?: string;
  code?: string;
  message?: string;
}

/** The HTTP status of an Octokit RequestError (500 for a dropped connection), else undefined. */
export function httpStatus(err: unknown): number | undefined {
  if (err && typeof err === 'object' && typeof (err as GitHubErrorShape).status === 'number') {
    return (err as GitHubErrorShape).status;
  }
  return undefined;
}

export function isNotFound(err: unknown): boolean {
  return httpStatus(err) === 404;
}

function validationErrors(err: unknown): ValidationError[] {
  const data = (err as GitHubErrorShape | undefined)?.response?.data;
  if (data && typeof data === 'object' && Array.isArray((data as { errors?: unknown }).errors)) {
    return (data as { errors: unknown[] }).errors.filter((e): e is ValidationError => !!e && typeof e === 'object');
  }
  return [];
}

/** GitHub's 422 "already_exists": a release for the tag, or an asset of the name, is already there. */
export function isAlreadyExists(err: unknown): boolean {
  return httpStatus(err) === 422 && validationErrors(err).some((e) => e.code === 'already_exists');
}

/** "422 Validation Failed (Release.tag_name: already_exists)": status, GitHub's message and its field errors. */
export function describeGitHubError(err: unknown): string {
  const status = httpStatus(err);
  const data = (err as GitHubErrorShape | undefined)?.response?.data;
  const apiMessage =
    data && typeof data === 'object' && typeof (data as { message?: unknown }).message === 'string'
      ? (data as { message: string }).message
      : err instanceof Error
        ? err.message
        : String(err);
  const details = validationErrors(err)
    .map((e) => e.message ?? [e.resource, e.field].filter(Boolean).join('.') + (e.code ? `: ${e.code}` : ''))
    .filter((s) => s !== '');
  const head = status !== undefined ? `${status} ${apiMessage}` : apiMessage;
  return details.length > 0 ? `${head} (${details.join('; ')})` : head;
}

const HINTS: Record<number, string> = {
  401: 'The token was refused: it is missing, expired or revoked.',
  403: 'The token lacks a permission this step needs (see the permissions the action documents), or a rule of the repository forbids it.',
  404: 'The repository or object does not exist, or the token cannot see it.',
};

function responseHeader(err: unknown, name: string): string | undefined {
  const headers = (err as { response?: { headers?: Record<string, unknown> } } | undefined)?.response?.headers;
  const value = headers?.[name];
  return typeof value === 'string' || typeof value === 'number' ? String(value) : undefined;
}

/** A 403 or 429 that is GitHub's rate limit (primary or secondary), not a missing permission. */
function isRateLimited(err: unknown): boolean {
  const status = httpStatus(err);
  if (status !== 403 && status !== 429) return false;
  return responseHeader(err, 'x-ratelimit-remaining') === '0' || /rate limit/i.test(describeGitHubError(err));
}

function resetText(err: unknown): string {
  const reset = Number(responseHeader(err, 'x-ratelimit-reset'));
  return Number.isFinite(reset) && reset > 0 ? ` until ${new Date(reset * 1000).toISOString()}` : '';
}

/**
 * Turns a GitHub failure into an error for the person running the release
 * ("Could not create the draft release: 403 Resource not accessible by
 * integration. The token lacks…"). Errors that are not HTTP answers (bugs)
 * and errors that already are UserErrors pass through unchanged.
 */
export function gitHubFailure(err: unknown, doing: string): unknown {
  const status = httpStatus(err);
  if (status === undefined || err instanceof UserError) return err;
  const hint = isRateLimited(err)
    ? `GitHub's API rate limit for this token is used up${resetText(err)}; run the step again after that, or use a token with its own limit (a GitHub App's).`
    : HINTS[status] ?? (status >= 500 ? 'GitHub is having trouble; run the step again later.' : '');
  return new UserError(`Could not ${doing}: ${describeGitHubError(err)}.${hint ? ` ${hint}` : ''}`);
}

/** Runs one GitHub call, turning its HTTP failure into a UserError that says what was being done. */
export async function onGitHub<T>(doing: string, fn: () => Promise<T>): Promise<T> {
  try {
    return await fn();
  } catch (err) {
    throw gitHubFailure(err, doing);
  }
}
