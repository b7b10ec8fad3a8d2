/**
 * Credentials in URL inputs (https://user:password@host/…): what to mask before
 * anything reads the inputs, and URLs shown in messages without them. As pip
 * redacts them: a username alone is a token (https://TOKEN@pypi.fury.io/…) and
 * secret; beside a password it is an identity, and masking it would turn every
 * ordinary word it matches (a user called `pypi`, say) into *** in the log.
 * Each secret is masked as typed and percent-decoded: the log may show either
 * (pip decodes, our messages echo what was typed).
 */
import { redactUrl, USERINFO } from '../../http/index.js';
import { InputError, inputEnvName, parseHttpUrl } from './inputs.js';

function decoded(part: string): string | undefined {
  try {
    return decodeURIComponent(part);
  } catch {
    return undefined;
  }
}

/**
 * Every string to mask so that no credential in `text` (one URL, or several
 * separated by spaces, commas or newlines) reaches the log: the password, or
 * the username when it stands alone, as in the text and percent-decoded, and as they look inside the
 * JSON-quoted value an input error shows. Works on text that is not a URL at
 * all, since a broken URL is echoed back in the error that refuses it.
 */
export function urlCredentials(text: string): string[] {
  const found = new Set<string>();
  const add = (part: string): void => {
    for (const s of [part, decoded(part)]) {
      if (s === undefined || s.trim() === '') continue;
      found.add(s);
      const quoted = JSON.stringify(s).slice(1, -1);
      if (quoted !== s) found.add(quoted);
    }
  };
  for (const m of text.matchAll(USERINFO)) {
    const info = m[1]!;
    const colon = info.indexOf(':');
    add(colon < 0 ? info : info.slice(colon + 1));
  }
  // What the URL parser makes of each word: the forms later code (and pip) sees.
  for (const word of new Set([text.trim(), ...text.split(/[\s,]+/)])) {
    if (word === '') continue;
    try {
      const u = new URL(word);
      // `user:@host` parses like `user@host`; only the latter makes the username the secret.
      const typed = new RegExp(USERINFO.source).exec(word)?.[1] ?? '';
      add(u.password !== '' ? u.password : typed.includes(':') ? '' : u.username);
    } catch {
      // Not a URL: the userinfo-looking text found above is all there is.
    }
  }
  return [...found];
}

/**
 * The Basic authorization values a client (pip, this suite) builds from the
 * credentials in `text`: an index that echoes the header it was sent must not
 * show them base64-encoded either. A user name beside an empty password
 * carries no secret and gives none.
 */
export function basicAuthorizations(text: string): string[] {
  const found = new Set<string>();
  for (const m of text.matchAll(USERINFO)) {
    const info = m[1]!;
    const colon = info.indexOf(':');
    const [user, password] = colon < 0 ? [info, ''] : [info.slice(0, colon), info.slice(colon + 1)];
    if ((colon < 0 ? user : password).trim() === '') continue;
    found.add(Buffer.from(`${decoded(user) ?? user}:${decoded(password) ?? password}`).toString('base64'));
  }
  return [...found];
}

/**
 * The credentials in the raw values of URL inputs (and the Basic authorization
 * values made of them), for the entry to mask before
 * it reads its settings, so that no later line, an input error included, can
 * print them: the runner replaces a masked value with *** wherever it appears.
 */
export function urlInputCredentials(names: readonly string[], env: NodeJS.ProcessEnv = process.env): string[] {
  return [...new Set(names.flatMap((name) => {
    const value = env[inputEnvName(name)] ?? '';
    return [...urlCredentials(value), ...basicAuthorizations(value)];
  }))];
}

/** parseHttpUrl, whose error shows the value without its credentials. */
export function parseUrlInput(input: string, value: string): URL {
  try {
    return parseHttpUrl(input, value);
  } catch (err) {
    if (err instanceof InputError) throw new InputError(input, 'use an absolute http(s) URL', redactUrl(value));
    throw err;
  }
}
