/**
 * URLs as they may appear in logs and errors, and the credentials a URL
 * carries, taken out of it before it goes on the wire.
 */

const SECRET_PARAM = /sig|token|credential|secret|key|auth|pass/i;

/**
 * The userinfo after `//`: everything up to the last `@` before the next `/`.
 * Neither whitespace nor `\` ends it (though a URL parser may end the authority
 * at `\`), so a password holding either is still caught in text that does not
 * parse as a URL: masking too much is safe, too little is not.
 */
export const USERINFO = /\/\/([^/]*)@/g;

/**
 * The URL as it may appear in logs: no user:password, and signature/token query values masked.
 * Text that does not parse as a URL (a bad input echoed in its error) loses its userinfo too.
 */
export function redactUrl(url: string | URL): string {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return String(url).replace(USERINFO, '//***@');
  }
  u.username = '';
  u.password = '';
  for (const key of [...u.searchParams.keys()]) {
    if (SECRET_PARAM.test(key)) u.searchParams.set(key, '***');
  }
  return u.toString();
}

/** user:password in a URL become a Basic header: nothing sends credentials inside a URL. */
export function splitCredentials(url: string | URL): { url: URL; authorization?: string } {
  const u = new URL(url);
  if (!u.username && !u.password) return { url: u };
  const user = decodeURIComponent(u.username);
  const password = decodeURIComponent(u.password);
  u.username = '';
  u.password = '';
  return { url: u, authorization: `Basic ${Buffer.from(`${user}:${password}`).toString('base64')}` };
}
