/**
 * Where a release asset may be uploaded. The upload URL comes from GitHub's
 * answer (`upload_url`), and the upload carries the token: a proxy, a fake
 * API or a tampered answer must not be able to send it elsewhere. GitHub's
 * uploads live on the API host's `uploads.` sibling (api.github.com →
 * uploads.github.com, api.TENANT.ghe.com → uploads.TENANT.ghe.com) or, on
 * GitHub Enterprise Server, on the API host itself (/api/uploads).
 */
import { UserError } from '../errors.js';
import { redactUrl } from '../http/index.js';

/** Why `uploadUrl` is not GitHub's upload endpoint for the API at `apiBase`, or undefined when it is. */
export function uploadUrlProblem(apiBase: string, uploadUrl: string): string | undefined {
  const api = new URL(apiBase);
  let target: URL;
  try {
    // The URI template's {?name,label} is not part of the URL.
    target = new URL(uploadUrl.replace(/\{[^}]*\}/g, ''));
  } catch {
    return 'not a URL';
  }
  // Plain http only where the API itself is plain http (a local stand-in for GitHub).
  if (target.protocol !== 'https:' && !(api.protocol === 'http:' && target.protocol === 'http:')) return `not https`;
  if (target.username || target.password) return 'a URL with credentials in it';
  const uploads = api.hostname.startsWith('api.') ? `uploads.${api.hostname.slice('api.'.length)}` : undefined;
  if (target.hostname !== api.hostname && target.hostname !== uploads) {
    return `on ${target.hostname}, which is neither the API host ${api.hostname}${uploads ? ` nor ${uploads}` : ''}`;
  }
  // Over https (GitHub, GitHub Enterprise) the port too: uploads are served where the API is, and
  // another port of the host is another server. A plain-http stand-in serves them from a port of its own.
  const port = (u: URL) => u.port || (u.protocol === 'https:' ? '443' : '80');
  if (api.protocol === 'https:' && port(target) !== port(api)) {
    return `on port ${port(target)} of ${target.hostname}, not the API's port ${port(api)}`;
  }
  return undefined;
}

/** Throws unless `uploadUrl` is GitHub's upload endpoint for the API at `apiBase`. */
export function checkUploadUrl(apiBase: string, uploadUrl: string, what: string): void {
  const problem = uploadUrlProblem(apiBase, uploadUrl);
  if (problem === undefined) return;
  throw new UserError(
    `Refusing to upload ${what}: the upload_url GitHub gave for the release (${redactUrl(uploadUrl)}) is ${problem}, ` +
      `and the upload would carry the token there. Check that GITHUB_API_URL (${apiBase}) is the API of the GitHub that holds the repository, ` +
      'and that no proxy rewrites its answers.',
  );
}
