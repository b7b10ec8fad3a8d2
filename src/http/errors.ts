/**
 * What went wrong with one HTTP exchange. One base class, HttpError, for a
 * request that got no usable answer (the transport's cause in `code`); one
 * subclass for an answer the caller did not want (HttpStatusError), and one
 * callers throw for a failure they know to be passing (TransientError).
 */
import { redactUrl } from './redact.js';

export interface HttpErrorOptions {
  method?: string;
  /** Redacted before it is kept. */
  url?: string | URL;
  /** ECONNRESET, ETIMEDOUT, EBODYTOOLARGE, EREDIRECT, …; taken from `cause` when not given. */
  code?: string;
  /** The whole request body reached the network: the server may have acted on it. */
  bodySent?: boolean;
  cause?: unknown;
}

function field(obj: unknown, name: string): unknown {
  return obj !== null && typeof obj === 'object' && name in obj ? (obj as Record<string, unknown>)[name] : undefined;
}

export function errorCode(err: unknown): string | undefined {
  const code = field(err, 'code');
  return typeof code === 'string' ? code : undefined;
}

export class HttpError extends Error {
  readonly method?: string;
  readonly url?: string;
  readonly code?: string;
  readonly bodySent: boolean;

  constructor(message: string, options: HttpErrorOptions = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'HttpError';
    this.method = options.method;
    this.url = options.url === undefined ? undefined : redactUrl(options.url);
    this.code = options.code ?? errorCode(options.cause);
    this.bodySent = options.bodySent ?? false;
  }
}

/** An HTTP answer the caller did not want; `retryAfterMs` carries the server's hint. */
export class HttpStatusError extends HttpError {
  constructor(
    readonly status: number,
    message: string,
    readonly retryAfterMs?: number,
    options: HttpErrorOptions = {},
  ) {
    super(message, options);
    this.name = 'HttpStatusError';
  }
}

/** A failure we know to be passing: a truncated body, a stalled connection, a resumed range that did not line up. */
export class TransientError extends HttpError {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'TransientError';
  }
}

/**
 * "fetch failed: connect ECONNREFUSED 127.0.0.1:9 (GET http://…)": the message
 * with whatever its causes add. Duck-typed, because errors from node
 * internals may come from another realm (jest's VM) where `instanceof Error`
 * is false.
 */
export function describeError(err: unknown): string {
  const message = field(err, 'message');
  if (typeof message !== 'string') return String(err);
  const parts: string[] = [];
  const known = (text: string) => message.includes(text) || parts.some((p) => p.includes(text));
  for (let e = field(err, 'cause'), depth = 0; e && depth < 4; e = field(e, 'cause'), depth++) {
    const m = field(e, 'message');
    const code = errorCode(e);
    if (typeof m === 'string' && m && !known(m)) parts.push(m);
    if (code && !known(code)) parts.push(code);
  }
  return parts.length ? `${message} (${parts.join(', ')})` : message;
}
