/**
 * Whether warehouse takes a Home-page, Download-URL or Project-URL value:
 * its `http.is_valid_uri(url, require_authority=False)`, which normalizes the
 * value with rfc3986 and then requires an http or https scheme, no '[' or ']'
 * in the path or query, and a port of at most 65535. The rest of rfc3986's
 * checks cannot fail there: normalizing percent-encodes every other character
 * of the path and query that its patterns refuse, and an authority rfc3986
 * cannot split is dropped before the host is looked at. The verdicts are
 * compared with rfc3986 itself in test/unit/distributions/metadata-url.test.ts.
 */
import { isIPv6 } from 'node:net';

// rfc3986's URL_PARSING_RE (anchored at the start only, as re.match is), with its stricter scheme.
const URI = /^(?:([a-zA-Z][a-zA-Z0-9+.-]*):)?(?:\/\/([^\\/?#]*))?([^?#]*)(?:\?([^#]*))?/;

const UNRESERVED = 'A-Za-z0-9._~\\-';
const SUB_DELIMITERS = "!$&'()*+,;=";
const PCT_ENCODED = '%[A-Fa-f0-9]{2}';
const REG_NAME = `(?:${PCT_ENCODED}|[${SUB_DELIMITERS}${UNRESERVED}])*`;
const IPV4 = '(?:[0-9]{1,3}\\.){3}[0-9]{1,3}';
// An IP literal is taken loosely here: a bracketed host never decides a verdict except through
// its port, and a literal rfc3986 would not parse drops the port with it (see ipLiteralParses).
const IP_LITERAL = '\\[[^\\[\\]]*\\]';
const USERINFO = `(?:[${UNRESERVED}${SUB_DELIMITERS}:]|${PCT_ENCODED})+`;
// rfc3986's SUBAUTHORITY_MATCHER: note the optional colon before the port.
const SUBAUTHORITY = new RegExp(`^(?:(${USERINFO})@)?(${REG_NAME}|${IPV4}|${IP_LITERAL}):?([0-9]{1,5})?$`);

const IPV_FUTURE = new RegExp(`^v[0-9A-Fa-f]+\\.[${UNRESERVED}${SUB_DELIMITERS}:]+$`);
function ipLiteralParses(host: string): boolean {
  const inner = host.slice(1, -1);
  if (IPV_FUTURE.test(inner)) return true;
  // rfc3986 takes an RFC 4007 or RFC 6874 zone after the address, from the first '%' on.
  const cut = inner.indexOf('%');
  const address = cut === -1 ? inner : inner.slice(0, cut);
  const zone = cut === -1 ? '' : inner.slice(cut);
  return (zone === '' || /^(?:%25|%)(?:[A-Za-z0-9._~-]|%[A-Fa-f0-9]{2})+$/.test(zone)) && isIPv6(address);
}

/** warehouse's verdict on a URL field of the metadata (see the module comment). */
export function isValidMetadataUrl(url: string): boolean {
  const [, scheme, authority, path = '', query = ''] = URI.exec(url) ?? [];
  if (scheme === undefined || !['http', 'https'].includes(scheme.toLowerCase())) return false;
  // Normalizing leaves '[' and ']' as they are, and rfc3986's path and query patterns refuse them.
  if (/[[\]]/.test(path) || /[[\]]/.test(query)) return false;
  if (authority === undefined) return true;
  const parts = SUBAUTHORITY.exec(authority);
  if (!parts) return true;
  const [, , host = '', port] = parts;
  if (host.startsWith('[') && !ipLiteralParses(host)) return true;
  return port === undefined || Number(port) <= 65535;
}
