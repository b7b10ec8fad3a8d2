/**
 * URL fields against warehouse's own check: `http.is_valid_uri(url,
 * require_authority=False)` run on the real rfc3986 (Debian's python3-rfc3986),
 * for hand-picked values and for random ones built from the characters that
 * matter to a URL's parts.
 */
import { describe, expect, it } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { isValidMetadataUrl } from '../../../src/distributions/metadata-url.js';
import { describeIf } from '../../support/tools.js';
import { runPython } from './fixtures.js';

const python = ['python3', '/usr/bin/python3'].find((p) => spawnSync(p, ['-c', 'import rfc3986'], { encoding: 'utf8' }).status === 0);

/** warehouse/utils/http.py's is_valid_uri, with require_authority=False as forklift/metadata.py calls it. */
function warehouseVerdicts(urls: string[]): boolean[] {
  return runPython(python!, `
import json, sys
from rfc3986 import exceptions, uri_reference, validators
def is_valid_uri(uri, require_scheme=True, allowed_schemes={"http", "https"}, require_authority=True):
    uri = uri_reference(uri).normalize()
    validator = validators.Validator().allow_schemes(*allowed_schemes)
    if require_scheme:
        validator.require_presence_of("scheme")
    if require_authority:
        validator.require_presence_of("host")
    validator.check_validity_of("scheme", "host", "port", "path", "query")
    try:
        validator.validate(uri)
    except exceptions.ValidationError:
        return False
    return True
print(json.dumps([is_valid_uri(u, require_authority=False) for u in json.load(sys.stdin)]))
`, urls) as boolean[];
}

const HAND_PICKED = [
  '', 'UNKNOWN', 'www.example.com', 'example.com/docs', 'https://example.com', 'HTTPS://Example.COM/Docs', 'http://example.com:8080/x?q=1#frag',
  'https:example.com', 'http:', 'http://', 'http:///path', 'ftp://example.com', 'mailto:me@example.com', 'git+https://github.com/o/r',
  ' https://example.com', 'https ://example.com', '1http://x', 'http://exa mple.com/', 'https://example.com/a b', 'https://example.com/ä',
  'http://bücher.de/', 'http://x:65535/', 'http://x:65536/', 'http://x:99999', 'http://x:123456/', 'http://x:070000', 'http://x:0', 'http://x:',
  'http://user:pass@example.com:70000/', 'http://user@example.com/', 'http://%zz:99999/', 'http://%41:99999/', 'http://1.2.3.999/', 'http://1.2.3.4:65536/',
  'http://[::1]/', 'http://[::1]:99999/', 'http://[zz]:99999/', 'http://[v1.x]:99999/', 'http://[fe80::1%25eth0]:70000/', 'http://[fe80::1%eth0]:70000/',
  'http://[::ffff:1.2.3.4]:70000/', 'http://[::1%25a%zz]:99999', 'http://[::1%25eth0]:99999', 'http://[1:2:3:4:5:6:7:8]:70000', 'http://[1:2:3:4:5:6:7:8:9]:70000', 'http://a\\b:70000/', 'http://x?:70000',
  'https://example.com#a\nb', 'https://example.com?a\nb', 'https://x\ny', 'http://x:7\n0000',
  'https://github.com/o/r/issues?q=label:[bug]', 'https://example.com/docs/[v2]/', 'https://example.com/a]b', 'http:a[b', 'https://example.com/#frag[1]',
];

describe('isValidMetadataUrl', () => {
  it('takes http(s) URLs and refuses what is not one, whatever rfc3986 is installed', () => {
    expect(['https://example.com/x', 'HTTP://example.com', 'https:example.com', 'http://'].every(isValidMetadataUrl)).toBe(true);
    expect(['', 'UNKNOWN', 'www.example.com', 'ftp://example.com', ' https://example.com', 'http://example.com:65536/'].some(isValidMetadataUrl)).toBe(false);
  });
});

describeIf(python, 'no python3 with rfc3986 (apt-get install python3-rfc3986) was found')('isValidMetadataUrl against warehouse on rfc3986', () => {
  it('gives the same verdict on hand-picked values', () => {
    const theirs = warehouseVerdicts(HAND_PICKED);
    expect(HAND_PICKED.map((u) => [u, isValidMetadataUrl(u)])).toEqual(HAND_PICKED.map((u, i) => [u, theirs[i]]));
  });

  it('gives the same verdict on 3000 random values', () => {
    // A fixed seed: a failure names the values, and a rerun meets the same ones.
    let seed = 0x5eed;
    const random = (n: number): number => {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff;
      return seed % n;
    };
    const pieces = ['http', 'https', 'HTTP', 'ftp', ':', '//', '/', '?', '#', '@', '[', ']', '::1', 'v1.a', '%25', '%', '%4', '%41', '.', '1', '255', '256',
      '65535', '65536', '99999', '123456', 'a', 'Z', '-', '_', '~', '!', "'", ' ', '\\', '\n', 'ä', 'x.org', 'fe80::1', '1.2.3.4'];
    const urls = Array.from({ length: 3000 }, () => {
      const prefix = ['http://', 'https://', 'http:', '', 'HTTPS://'][random(5)];
      return prefix + Array.from({ length: 1 + random(8) }, () => pieces[random(pieces.length)]).join('');
    });
    const theirs = warehouseVerdicts(urls);
    const differ = urls.filter((u, i) => isValidMetadataUrl(u) !== theirs[i]);
    expect(differ).toEqual([]);
  });
});
