/**
 * Reading what an index said. Warehouse puts its message in the status line's
 * reason phrase and in the HTML error page; over HTTP/2 (and through some
 * proxies) the reason phrase is gone, so the body is read as well, as twine
 * does. JSON errors (`{"message": …}`) are read too.
 */
import { readBytes, standardStatusText, type HttpResponse, type ReadOptions } from '../http/index.js';
import { clip } from '../text/untrusted.js';
import { replaceTags, textBetween, unescapeHtml } from './html.js';

/** What an index answered, its body read (up to a cap). */
export interface IndexAnswer {
  status: number;
  /** The reason phrase; warehouse puts its message there (HTTP/1.1 only). */
  statusMessage: string;
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
}

/** Reads an answer whole, its body up to `read.maxBytes`. */
export async function readAnswer(res: HttpResponse, read: ReadOptions): Promise<IndexAnswer> {
  const body = await readBytes(res, read);
  return { status: res.status, statusMessage: res.statusText, headers: Object.fromEntries(res.headers), body };
}

function stripTags(html: string): string {
  return unescapeHtml(replaceTags(html, ' ')).replace(/\s+/g, ' ').trim();
}

/** The message in a body: a JSON `message`, Pyramid's error page detail, a page title, or plain text; at most MAX_MESSAGE_CHARS of it (src/text/untrusted.ts). */
export function bodyMessage(body: Buffer, contentType: string | undefined): string | undefined {
  const found = messageIn(body, contentType);
  return found === undefined ? undefined : clip(found);
}

function messageIn(body: Buffer, contentType: string | undefined): string | undefined {
  const text = body.toString('utf8');
  if (text.trim() === '') return undefined;
  if (/json/i.test(contentType ?? '') || /^\s*[{[]/.test(text)) {
    try {
      const data = JSON.parse(text) as { message?: unknown; errors?: unknown };
      if (data && typeof data.message === 'string') return data.message;
    } catch {
      // not JSON after all
    }
  }
  if (/<html|<body|<title/i.test(text)) {
    // Pyramid's page: "<h1>400 …</h1> explanation<br/><br/>\nMESSAGE\n\n\n</body>"
    const detail = textBetween(text, /<br\s*\/?>\s*<br\s*\/?>/i, '</body>');
    if (detail !== undefined && stripTags(detail) !== '') return stripTags(detail);
    const title = textBetween(text, /<title>/i, '</title>');
    if (title !== undefined) return stripTags(title).replace(/^\d{3}\s+/, '');
    // Another index's page: its text, without the markup.
    return stripTags(text) || undefined;
  }
  return text.trim();
}

/** The index's own words for an answer, falling back to the status. */
export function answerMessage(res: IndexAnswer): string {
  const standard = standardStatusText(res.status);
  const reason = res.statusMessage.trim();
  if (reason && reason.toLowerCase() !== standard.toLowerCase()) return clip(reason);
  const fromBody = bodyMessage(res.body, headerText(res.headers['content-type']));
  return fromBody ?? `${res.status} ${standard}`.trim();
}

export function headerText(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

/** twine's `--skip-existing` test: 409 (pypiserver) or 400 whose reason or body says "already exist". */
export function saysAlreadyExists(res: IndexAnswer): boolean {
  if (res.status === 409) return true;
  if (res.status !== 400) return false;
  return /already exist/i.test(res.statusMessage) || /already exist/i.test(res.body.toString('utf8'));
}

/** twine's RedirectDetected texts. */
export function redirectMessage(from: string, location: string | undefined): string {
  if (location === undefined || location === '') {
    return `${from} answered with a redirect but named no destination. Redirects are never followed for uploads; check the repository URL.`;
  }
  const to = new URL(location, from).href;
  if (!from.endsWith('/') && to === `${from}/`) {
    return `${from} attempted to redirect to ${to}.\nYour repository URL is missing a trailing slash. Please add it and try again.`;
  }
  return `${from} attempted to redirect to ${to}.\nIf you trust these URLs, set ${to} as your repository URL and try again. (Uploads never follow redirects, so credentials are never sent to another address.)`;
}
