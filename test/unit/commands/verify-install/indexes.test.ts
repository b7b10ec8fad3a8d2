import { describe, expect, it } from '@jest/globals';
import { planIndexes } from '../../../../src/commands/verify-install/indexes.js';

describe('planIndexes warnings', () => {
  it('names the mixed indexes without their credentials', () => {
    const { plan, warnings } = planIndexes({
      repository: 'pypi',
      indexUrl: 'https://alice:s3cr%40t@private.example/simple/',
      extraIndexUrls: ['https://FURYTOKEN@pypi.fury.io/acme', 'https://pypi.org/simple/'],
    });
    // pip still gets the credentials: only the message is redacted.
    expect(plan).toEqual({
      mode: 'mixed',
      indexUrl: 'https://alice:s3cr%40t@private.example/simple/',
      extraIndexUrls: ['https://FURYTOKEN@pypi.fury.io/acme/', 'https://pypi.org/simple/'],
    });
    expect(warnings[0]).toContain('pip will treat https://private.example/simple/ and https://pypi.fury.io/acme/ and https://pypi.org/simple/ as one pool');
    for (const secret of ['alice', 's3cr', 'FURYTOKEN']) expect(warnings.join('\n')).not.toContain(secret);
  });
});
