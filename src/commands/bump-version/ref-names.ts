/**
 * Git's rules for ref names (`git check-ref-format`), for the branch and tag
 * names the actions make from their inputs. GitHub refuses a ref that breaks
 * them, but only when the ref is created: by then the branch, commit or draft
 * release before it may already exist, so the names are checked up front.
 */

/**
 * Why `name` is not a valid branch or tag name, or undefined when it is.
 * Beyond check-ref-format, a leading "-" is refused: git reads such a name as
 * an option (`git checkout -x`, `git tag -x`), as `check-ref-format --branch` does.
 * So is a full ref ("refs/heads/main", "refs/tags/v1.0", as `github.ref` gives
 * it): the actions want the short name and make the ref from it, so the full
 * one would become refs/heads/refs/heads/main.
 */
export function refNameProblem(name: string): string | undefined {
  if (name === '') return 'it is empty';
  if (name === '@') return 'it is "@"';
  if (name.startsWith('-')) return 'it starts with "-"';
  if (name.startsWith('refs/')) {
    const short = /^refs\/(?:heads|tags)\/(.+)$/.exec(name)?.[1];
    return `it starts with "refs/": give the short name${short ? ` (${JSON.stringify(short)})` : ''}, not the full ref`;
  }
  if (name.startsWith('/') || name.endsWith('/')) return 'it starts or ends with "/"';
  if (name.includes('//')) return 'it contains "//"';
  if (name.endsWith('.')) return 'it ends with "."';
  if (name.includes('..')) return 'it contains ".."';
  if (name.includes('@{')) return 'it contains "@{"';
  // eslint-disable-next-line no-control-regex
  const bad = /[\x00-\x20\x7f~^:?*[\\]/.exec(name);
  if (bad) return `it contains ${describeChar(bad[0])}`;
  for (const part of name.split('/')) {
    if (part.startsWith('.')) return `its part "${part}" starts with "."`;
    if (part.endsWith('.lock')) return `its part "${part}" ends with ".lock"`;
  }
  return undefined;
}

function describeChar(c: string): string {
  if (c === ' ') return 'a space';
  const code = c.charCodeAt(0);
  if (code < 0x20 || code === 0x7f) return `the control character U+${code.toString(16).toUpperCase().padStart(4, '0')}`;
  return `"${c}"`;
}
