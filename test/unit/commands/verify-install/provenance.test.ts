/** Who a signing certificate names, in the words the summary and the result file use. */
import { describe, expect, it } from '@jest/globals';
import { describeIdentity, identityOf } from '../../../../src/commands/verify-install/provenance.js';

describe('identityOf', () => {
  it('a GitHub workflow: repository, workflow file, ref, commit, and the environment the index names', () => {
    const identity = identityOf({
      issuer: 'https://token.actions.githubusercontent.com',
      sourceRepositoryUri: 'https://github.com/ray-project/ray',
      sourceRepositoryRef: 'refs/heads/releases/2.9.4',
      sourceRepositoryDigest: 'a'.repeat(40),
      buildConfigUri: 'https://github.com/ray-project/ray/.github/workflows/release.yml@refs/heads/releases/2.9.4',
    }, 'pypi');
    expect(identity).toEqual({
      identity: 'ray-project/ray/.github/workflows/release.yml@refs/heads/releases/2.9.4',
      issuer: 'https://token.actions.githubusercontent.com',
      repository: 'ray-project/ray',
      workflow: 'release.yml',
      ref: 'refs/heads/releases/2.9.4',
      commit: 'a'.repeat(40),
      environment: 'pypi',
    });
    expect(describeIdentity(identity)).toBe("ray-project/ray's release.yml at refs/heads/releases/2.9.4 (environment pypi, as the index states)");
  });

  it('another issuer: its subject', () => {
    const identity = identityOf({ issuer: 'https://gitlab.com', subjectAlternativeName: 'https://gitlab.com/acme/widget//.gitlab-ci.yml@refs/heads/main' }, null);
    expect(identity).toEqual({ identity: 'https://gitlab.com/acme/widget//.gitlab-ci.yml@refs/heads/main', issuer: 'https://gitlab.com' });
    expect(describeIdentity(identity)).toBe('https://gitlab.com/acme/widget//.gitlab-ci.yml@refs/heads/main');
  });
});
