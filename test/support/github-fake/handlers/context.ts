/** What a handler gets and returns; shared helpers for pagination and request bodies. */
import type { IncomingHttpHeaders, IncomingMessage } from 'node:http';
import { unprocessable } from '../errors.js';
import type { RepoModel } from '../model.js';
import type { Renderer } from '../render.js';

export interface HandlerContext {
  model: RepoModel;
  render: Renderer;
  /** Decoded path parameters, named as in the OpenAPI template. */
  params: Record<string, string>;
  query: URLSearchParams;
  /** The parsed JSON body (undefined without one). */
  body: unknown;
  headers: IncomingHttpHeaders;
  /** The raw request, for streamed uploads. */
  req: IncomingMessage;
  /** The API path as requested (for pagination links). */
  path: string;
  /** The account the token belongs to. */
  actor: string;
  /** A signed, unauthenticated download URL on the "objects" host. */
  objectUrl(kind: 'release-assets' | 'artifacts', id: number): string;
  /** Directory for uploaded bytes. */
  tmpDir: string;
}

export interface Reply {
  status: number;
  /** JSON body. */
  body?: unknown;
  headers?: Record<string, string>;
  /** A non-JSON body (raw file contents). */
  raw?: { data: Buffer; contentType: string };
}

export type Handler = (ctx: HandlerContext) => Reply | Promise<Reply>;

export function json(status: number, body: unknown, headers?: Record<string, string>): Reply {
  return { status, body, headers };
}

/** The JSON body as an object (the OpenAPI check already vouched for its shape). */
export function bodyOf<T>(ctx: HandlerContext): T {
  return (ctx.body ?? {}) as T;
}

export function intParam(ctx: HandlerContext, name: string): number {
  return Number(ctx.params[name]);
}

/**
 * GitHub pagination: `per_page` (default 30, at most 100) and `page`, with a
 * `link` header carrying first/prev/next/last.
 */
export function paginate<T>(ctx: HandlerContext, items: T[]): { items: T[]; headers: Record<string, string> } {
  const perPage = Math.min(Math.max(Number(ctx.query.get('per_page') ?? 30) || 30, 1), 100);
  const page = Math.max(Number(ctx.query.get('page') ?? 1) || 1, 1);
  const last = Math.max(Math.ceil(items.length / perPage), 1);
  const link = (n: number): string => {
    const q = new URLSearchParams(ctx.query);
    q.set('per_page', String(perPage));
    q.set('page', String(n));
    return `<${ctx.render.urls.api}${ctx.path}?${q.toString()}>`;
  };
  const parts: string[] = [];
  if (page > 1) parts.push(`${link(page - 1)}; rel="prev"`);
  if (page < last) parts.push(`${link(page + 1)}; rel="next"`, `${link(last)}; rel="last"`);
  if (page > 1) parts.push(`${link(1)}; rel="first"`);
  return {
    items: items.slice((page - 1) * perPage, page * perPage),
    headers: parts.length > 0 ? { link: parts.join(', ') } : {},
  };
}

/** A commit SHA for a `{ref}` path parameter, or GitHub's 422. */
export function commitForRef(ctx: HandlerContext, ref: string): string {
  const sha = ctx.model.resolveCommitish(ref);
  if (!sha) throw unprocessable(`No commit found for SHA: ${ref}`);
  return sha;
}
