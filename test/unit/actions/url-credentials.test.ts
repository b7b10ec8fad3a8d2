import { describe, expect, it } from '@jest/globals';
import { InputError, inputEnvName } from '../../../src/actions/shared/inputs.js';
import { basicAuthorizations, parseUrlInput, urlCredentials, urlInputCredentials } from '../../../src/actions/shared/url-credentials.js';
import { redactUrl } from '../../../src/http/index.js';

const sorted = (xs: string[]) => [...xs].sort();

describe('urlCredentials', () => {
  it('gives the password, as typed and percent-decoded', () => {
    expect(sorted(urlCredentials('http://alice:s3cr%40t@host/simple/'))).toEqual(sorted(['s3cr%40t', 's3cr@t']));
    // Beside a password the username is an identity, left readable as pip leaves it.
    expect(urlCredentials('https://pypi:s3cr3t@host/simple/')).toEqual(['s3cr3t']);
    expect(sorted(urlCredentials('https://us%65r:p%2Fw@host/'))).toEqual(sorted(['p%2Fw', 'p/w']));
  });

  it('takes a username alone as the secret it usually is (a token)', () => {
    expect(urlCredentials('https://TOKEN123@pypi.fury.io/acme/')).toEqual(['TOKEN123']);
    // With a colon it is a user name and an empty password, as pip reads it: nothing secret.
    expect(urlCredentials('https://__token__:@host/')).toEqual([]);
  });

  it('gives nothing for a URL or text without userinfo', () => {
    expect(urlCredentials('https://pypi.org/simple/')).toEqual([]);
    expect(urlCredentials('https://host/a@b/simple/')).toEqual([]);
    expect(urlCredentials('release:pkg@1.2.3')).toEqual([]);
    expect(urlCredentials('')).toEqual([]);
  });

  it('finds userinfo in text that does not parse as a URL', () => {
    // A bad port makes the URL unparseable; the error that refuses it would echo it.
    expect(sorted(urlCredentials('https://bob:hunter2@host:notaport/simple/'))).toEqual(['hunter2']);
    // The last @ before the first /, so an @ or a space in the password is kept in it;
    // 'pa' is what a list input (split at spaces) would take from its first word.
    expect(sorted(urlCredentials('https://bob:pa@s s@host:notaport/'))).toEqual(sorted(['pa@s s', 'pa']));
    // A URL parser ends the authority at \\ and takes 'pa'; the text up to the last @ is masked too.
    expect(sorted(urlCredentials('https://bob:pa@ss\\x@host:notaport/'))).toEqual(sorted(['pa@ss\\x', 'pa@ss\\\\x', 'pa']));
  });

  it('finds every set in a list of URLs', () => {
    const text = 'https://pypi.org/simple,https://u1:p1@one.example/simple\nhttps://TOK@two.example/ https://three.example/';
    expect(sorted(urlCredentials(text))).toEqual(sorted(['p1', 'TOK']));
  });

  it('adds the form a JSON-quoted input error shows', () => {
    expect(urlCredentials('https://u:a\\b@host:x/')).toContain('a\\\\b');
  });

  it('does not mask text left empty by a broken percent escape or blank parts', () => {
    expect(sorted(urlCredentials('https://u:%E0%A4%A@host/'))).toEqual(sorted(['%E0%A4%A']));
  });
});

describe('urlInputCredentials', () => {
  it('reads the raw INPUT_ values of the named inputs only', () => {
    const env = {
      [inputEnvName('index-url')]: 'https://alice:s3cr%40t@host/simple/',
      [inputEnvName('extra-index-url')]: 'https://pypi.org/simple https://TOK@fury.example/',
      [inputEnvName('other')]: 'https://not:asked@host/',
    };
    const basic = (s: string) => Buffer.from(s).toString('base64');
    expect(sorted(urlInputCredentials(['index-url', 'dependency-index-url', 'extra-index-url'], env))).toEqual(
      sorted(['s3cr%40t', 's3cr@t', 'TOK', basic('alice:s3cr@t'), basic('TOK:')]),
    );
  });
});

describe('basicAuthorizations', () => {
  it('gives the Authorization value made of each set of credentials, decoded as a client sends them', () => {
    expect(basicAuthorizations('https://alice:s3cr%40t@host/ https://TOK@fury/')).toEqual([
      Buffer.from('alice:s3cr@t').toString('base64'),
      Buffer.from('TOK:').toString('base64'),
    ]);
  });

  it('gives nothing where there is no secret', () => {
    expect(basicAuthorizations('https://__token__:@host/ https://pypi.org/simple/')).toEqual([]);
  });
});

describe('redactUrl on input text', () => {
  it('drops credentials and secret query values from a URL', () => {
    expect(redactUrl('http://alice:s3cr%40t@host/simple/')).toBe('http://host/simple/');
    expect(redactUrl('https://host/x?X-Amz-Signature=abc')).toBe('https://host/x?X-Amz-Signature=***');
  });

  it('replaces the userinfo in text that does not parse', () => {
    expect(redactUrl('https://bob:hunter2@host:notaport/simple/')).toBe('https://***@host:notaport/simple/');
  });
});

describe('parseUrlInput', () => {
  it('refuses a bad URL without echoing its credentials', () => {
    let err: unknown;
    try {
      parseUrlInput('index-url', 'https://bob:hunter2@host:notaport/simple/');
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(InputError);
    const message = (err as Error).message;
    expect(message).toContain("Input 'index-url' is invalid");
    expect(message).toContain('host:notaport/simple/');
    expect(message).not.toContain('hunter2');
    expect(message).not.toContain('bob');
  });

  it('refuses a URL that is not http(s) without echoing its credentials', () => {
    expect(() => parseUrlInput('index-url', 'ftp://bob:hunter2@host/')).toThrow('got "ftp://host/"; use an absolute http(s) URL');
  });

  it('returns the parsed URL', () => {
    expect(parseUrlInput('index-url', 'https://u:p@host/simple/').password).toBe('p');
  });
});
