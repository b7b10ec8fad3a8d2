import { describe, expect, it } from '@jest/globals';
import { InputError, inputEnvName } from '../../../src/actions/shared/inputs.js';
import { readBumpVersionSettings } from '../../../src/actions/bump-version/settings.js';
import { readCreateReleaseSettings } from '../../../src/actions/create-release/settings.js';

function env(values: Record<string, string>): NodeJS.ProcessEnv {
  const e: NodeJS.ProcessEnv = { GITHUB_REPOSITORY: 'octo/example', GITHUB_TOKEN: 'ghs_test' };
  for (const [k, v] of Object.entries(values)) e[inputEnvName(k)] = v;
  return e;
}

const bumpSettings = (values: Record<string, string>) => readBumpVersionSettings(env({ bump: 'minor', ...values }));
const releaseSettings = (values: Record<string, string>) => readCreateReleaseSettings(env({ 'commit-sha': 'a'.repeat(40), ...values }));

/** One name per git check-ref-format rule (and the leading "-" git would read as an option), with the reason given. */
const BAD_NAMES: [string, string][] = [
  ['@', 'it is "@"'],
  ['-x', 'it starts with "-"'],
  ['/x', 'it starts or ends with "/"'],
  ['x/', 'it starts or ends with "/"'],
  ['x//y', 'it contains "//"'],
  ['x.', 'it ends with "."'],
  ['x..y', 'it contains ".."'],
  ['x@{y', 'it contains "@{"'],
  ['x y', 'it contains a space'],
  ['x\ty', 'it contains the control character U+0009'],
  ['x\x01y', 'it contains the control character U+0001'],
  ['x\x7fy', 'it contains the control character U+007F'],
  ['x~y', 'it contains "~"'],
  ['x^y', 'it contains "^"'],
  ['x:y', 'it contains ":"'],
  ['x?y', 'it contains "?"'],
  ['x*y', 'it contains "*"'],
  ['x[y', 'it contains "["'],
  ['x\\y', 'it contains "\\"'],
  ['x.lock', 'its part "x.lock" ends with ".lock"'],
  ['x.lock/y', 'its part "x.lock" ends with ".lock"'],
  ['x/.y', 'its part ".y" starts with "."'],
];

describe('create-release tag', () => {
  it.each(BAD_NAMES)('refuses %j: %s', (tag, reason) => {
    const err = (() => {
      try {
        releaseSettings({ tag });
      } catch (e) {
        return e;
      }
      return undefined;
    })();
    expect(err).toBeInstanceOf(InputError);
    expect((err as Error).message).toBe(`Input 'tag' is invalid: got ${JSON.stringify(tag)}; use a valid git tag name such as v1.2.0 (this one is not: ${reason}).`);
  });

  it('refuses a full ref for tag and previous-tag, with the short name to give instead', () => {
    expect(() => releaseSettings({ tag: 'refs/tags/v1.2.0' })).toThrow(
      `Input 'tag' is invalid: got "refs/tags/v1.2.0"; use a valid git tag name such as v1.2.0 (this one is not: it starts with "refs/": give the short name ("v1.2.0"), not the full ref).`,
    );
    expect(() => releaseSettings({ tag: 'v1.2.0', 'previous-tag': 'refs/tags/v1.1.0' })).toThrow(/^Input 'previous-tag' is invalid: got "refs\/tags\/v1\.1\.0".*give the short name \("v1\.1\.0"\)/);
  });

  it('accepts tags git accepts, and derives v{version}', () => {
    for (const tag of ['v2.10.0', 'ray-2.10.0rc1', 'release/1!2.0+local.1', 'v1.0.post1', 'x@y', 'a.b/c.d', 'lock.x']) {
      expect(releaseSettings({ tag }).tag).toBe(tag);
    }
    expect(releaseSettings({ version: '2.10.0' }).tag).toBe('v2.10.0');
  });
});

/** Per rule a tag template, the tag it gives for the sample version 1.2.0, and the reason. ("@" alone cannot hold {version}.) */
const BAD_TAG_TEMPLATES: [string, string, string][] = [
  ['-v{version}', '-v1.2.0', 'it starts with "-"'],
  ['/v{version}', '/v1.2.0', 'it starts or ends with "/"'],
  ['v{version}/', 'v1.2.0/', 'it starts or ends with "/"'],
  ['r//v{version}', 'r//v1.2.0', 'it contains "//"'],
  ['v{version}.', 'v1.2.0.', 'it ends with "."'],
  ['v{version}..x', 'v1.2.0..x', 'it contains ".."'],
  ['v{version}@{x}', 'v1.2.0@{x}', 'it contains "@{"'],
  ['v {version}', 'v 1.2.0', 'it contains a space'],
  ['v\t{version}', 'v\t1.2.0', 'it contains the control character U+0009'],
  ['v\x01{version}', 'v\x011.2.0', 'it contains the control character U+0001'],
  ['v\x7f{version}', 'v\x7f1.2.0', 'it contains the control character U+007F'],
  ['v~{version}', 'v~1.2.0', 'it contains "~"'],
  ['v^{version}', 'v^1.2.0', 'it contains "^"'],
  ['v:{version}', 'v:1.2.0', 'it contains ":"'],
  ['v?{version}', 'v?1.2.0', 'it contains "?"'],
  ['v*{version}', 'v*1.2.0', 'it contains "*"'],
  ['v[{version}', 'v[1.2.0', 'it contains "["'],
  ['v\\{version}', 'v\\1.2.0', 'it contains "\\"'],
  ['v{version}.lock', 'v1.2.0.lock', 'its part "v1.2.0.lock" ends with ".lock"'],
  ['x.lock/v{version}', 'x.lock/v1.2.0', 'its part "x.lock" ends with ".lock"'],
  ['.v{version}', '.v1.2.0', 'its part ".v1.2.0" starts with "."'],
  ['x/.v{version}', 'x/.v1.2.0', 'its part ".v1.2.0" starts with "."'],
];

describe('bump-version tag-template and branch', () => {
  it.each(BAD_TAG_TEMPLATES)('refuses the tag-template %j (gives %j): %s', (template, tag, reason) => {
    expect(() => bumpSettings({ 'tag-template': template })).toThrow(InputError);
    expect(() => bumpSettings({ 'tag-template': template })).toThrow(
      `Input 'tag-template' is invalid: got ${JSON.stringify(template)}; use a template that gives a valid git tag name, such as v{version} ` +
        `({version} is replaced by the new version); for version 1.2.0 it gives ${JSON.stringify(tag)}, and ${reason}.`,
    );
  });

  it('refuses a tag-template without {version}, which would give every release the same tag', () => {
    expect(() => bumpSettings({ 'tag-template': 'latest' })).toThrow(
      `Input 'tag-template' is invalid: got "latest"; use a template with {version}, such as v{version}: every release needs a tag of its own.`,
    );
  });

  it('refuses templates that give a bad name for any version, naming the rule', () => {
    expect(() => bumpSettings({ 'tag-template': 'v{version}.lock' })).toThrow(/'tag-template'.*gives "v1\.2\.0\.lock", and its part "v1\.2\.0\.lock" ends with "\.lock"/);
    expect(() => bumpSettings({ 'tag-template': '-v{version}' })).toThrow(/'tag-template'.*it starts with "-"/);
    expect(() => bumpSettings({ 'tag-template': 'v{version}/' })).toThrow(/'tag-template'.*it starts or ends with "\/"/);
    expect(() => bumpSettings({ branch: 'release/v{version}.' })).toThrow(/Input 'branch' is invalid.*valid git branch name.*it ends with "\."/);
    expect(() => bumpSettings({ branch: '-release-{version}' })).toThrow(/Input 'branch' is invalid.*it starts with "-"/);
    expect(() => bumpSettings({ branch: 'release/{version}.lock/x' })).toThrow(/Input 'branch' is invalid.*ends with "\.lock"/);
    expect(() => bumpSettings({ branch: 'release\u0001{version}' })).toThrow(/Input 'branch' is invalid.*U\+0001/);
  });

  it('refuses a full ref as the branch template or the base branch (refs/heads/refs/heads/main otherwise)', () => {
    expect(() => bumpSettings({ branch: 'refs/heads/main' })).toThrow(
      `Input 'branch' is invalid: got "refs/heads/main"; use a template that gives a valid git branch name, such as release/v{version} ` +
        `({version} is replaced by the new version); for version 1.2.0 it gives "refs/heads/main", and it starts with "refs/": give the short name ("main"), not the full ref.`,
    );
    expect(() => bumpSettings({ base: 'refs/heads/main' })).toThrow(
      `Input 'base' is invalid: got "refs/heads/main"; use a branch name such as main (this one is not valid: it starts with "refs/": give the short name ("main"), not the full ref).`,
    );
    expect(() => bumpSettings({ base: 'main..x' })).toThrow(/^Input 'base' is invalid: .*it contains "\.\."/);
    expect(bumpSettings({ base: 'release/2.x' }).base).toBe('release/2.x');
  });

  it('accepts the defaults and usual templates', () => {
    const s = bumpSettings({});
    expect([s.branchTemplate, s.tagTemplate]).toEqual(['release/v{version}', 'v{version}']);
    expect(bumpSettings({ 'tag-template': 'ray-{version}', branch: 'bump-{previous}-to-{version}' })).toMatchObject({
      tagTemplate: 'ray-{version}',
      branchTemplate: 'bump-{previous}-to-{version}',
    });
  });
});

describe('bump-version labels', () => {
  it('splits on commas and lines, trims, and drops blank entries', () => {
    expect(bumpSettings({ labels: 'release, python\nautomated,\n' }).labels).toEqual(['release', 'python', 'automated']);
    expect(bumpSettings({}).labels).toEqual([]);
  });

  it('accepts a label of exactly 50 characters, counting an emoji as one', () => {
    const fifty = 'l'.repeat(50);
    const emoji = `${'e'.repeat(49)}🚀`;
    expect(bumpSettings({ labels: `${fifty}, ${emoji}` }).labels).toEqual([fifty, emoji]);
  });

  it('refuses a label longer than GitHub allows, naming it, before anything is written', () => {
    const long = 'released on feature/a-very-long-branch-name-for-labels';
    expect(long.length).toBeGreaterThan(50);
    expect(() => bumpSettings({ labels: `release, ${long}` })).toThrow(InputError);
    expect(() => bumpSettings({ labels: `release, ${long}` })).toThrow(
      `Input 'labels' is invalid: got ${JSON.stringify(`release, ${long}`)}; the label ${JSON.stringify(long)} has ${long.length} characters, ` +
        `and GitHub allows at most 50; shorten it (labels are separated by commas or new lines).`,
    );
  });
});
