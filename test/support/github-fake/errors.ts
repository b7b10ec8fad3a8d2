/** GitHub-shaped error responses, thrown by the model and the handlers. */

export interface ValidationErrorItem {
  resource?: string;
  field?: string;
  code: string;
  message?: string;
}

export class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly body: Record<string, unknown>,
    readonly headers: Record<string, string> = {},
  ) {
    super(String(body.message ?? `HTTP ${status}`));
    this.name = 'HttpError';
  }
}

/** Filled in by the server with the operation's documentation URL. */
export const DOCS = 'https://docs.github.com/rest';

export function notFound(message = 'Not Found'): HttpError {
  return new HttpError(404, { message, documentation_url: DOCS, status: '404' });
}

/** 422 as GitHub sends it: either a plain message or "Validation Failed" with `errors`. */
export function unprocessable(message: string, errors?: ValidationErrorItem[]): HttpError {
  const body: Record<string, unknown> = { message, documentation_url: DOCS, status: '422' };
  if (errors) body.errors = errors;
  return new HttpError(422, body);
}

export function validationFailed(...errors: ValidationErrorItem[]): HttpError {
  return unprocessable('Validation Failed', errors);
}

export function gone(message = 'Gone'): HttpError {
  return new HttpError(410, { message, documentation_url: DOCS, status: '410' });
}
