import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import YAML from 'yaml';
import type { InputSpecs } from '../../../src/actions/shared/inputs.js';
import { approvalBriefInputs } from '../../../src/actions/approval-brief/settings.js';
import { bumpVersionInputs } from '../../../src/actions/bump-version/settings.js';
import { createReleaseInputs } from '../../../src/actions/create-release/settings.js';
import { fetchWheelsInputs } from '../../../src/actions/fetch-wheels/settings.js';
import { planVerifyInputs } from '../../../src/actions/plan-verify/settings.js';
import { pypiPublishInputs } from '../../../src/actions/pypi-publish/settings.js';
import { verifyInstallInputs } from '../../../src/actions/verify-install/settings.js';
import { renderRootAction } from '../../../scripts/generate-root-action.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '../../..');

const SPECS: Record<string, InputSpecs> = {
  'approval-brief': approvalBriefInputs,
  'bump-version': bumpVersionInputs,
  'create-release': createReleaseInputs,
  'fetch-wheels': fetchWheelsInputs,
  'plan-verify': planVerifyInputs,
  'pypi-publish': pypiPublishInputs,
  'verify-install': verifyInstallInputs,
};

/** The public contract of DESIGN.md §2: these names must exist. */
const CONTRACT: Record<string, { inputs: string[]; outputs: string[] }> = {
  'approval-brief': {
    inputs: ['manifest', 'results', 'matrix', 'unverifiable', 'version', 'tag', 'commit-sha', 'require-pass'],
    outputs: ['ready', 'problems'],
  },
  'bump-version': {
    inputs: ['version', 'bump', 'files', 'scheme', 'base', 'branch', 'pull-request', 'allow-downgrade', 'token', 'dry-run'],
    outputs: ['version', 'previous-version', 'tag', 'branch', 'commit-sha', 'pull-request-number', 'pull-request-url', 'changed-files'],
  },
  'create-release': {
    inputs: ['commit-sha', 'version', 'tag', 'name', 'notes', 'notes-file', 'changelog', 'generate-notes', 'previous-tag', 'draft', 'prerelease', 'make-latest', 'assets', 'require-checks', 'publish', 'token'],
    outputs: ['release-id', 'html-url', 'upload-url', 'tag', 'assets'],
  },
  'fetch-wheels': {
    inputs: ['source', 'version', 'commit-sha', 'tag', 'packages', 'expect', 'expect-count', 'allow-any-set', 'wait-timeout', 'dest', 'concurrency', 's3-endpoint', 's3-region', 'upload-artifact'],
    outputs: ['dir', 'files', 'count', 'manifest'],
  },
  'plan-verify': {
    inputs: ['manifest', 'runners'],
    outputs: ['matrix', 'unverifiable'],
  },
  'pypi-publish': {
    inputs: ['repository', 'packages-dir', 'files', 'token', 'skip-existing', 'expect-manifest', 'concurrency', 'preflight-only', 'attestations', 'allow-mixed-provenance'],
    outputs: ['manifest', 'uploaded', 'skipped', 'urls'],
  },
  'verify-install': {
    inputs: ['package', 'version', 'repository', 'index-url', 'extra-index-url', 'import-name', 'python', 'expect-commit', 'expect-manifest', 'smoke-test', 'pin', 'pre', 'wait-timeout'],
    outputs: ['installed-version', 'installed-file', 'wheel', 'python-version', 'seconds-to-available'],
  },
};

interface Manifest {
  name: string;
  description: string;
  inputs: Record<string, { description?: string; required?: boolean; default?: string }>;
  outputs: Record<string, { description?: string }>;
  runs: { using: string; main: string };
}

function manifest(name: string): Manifest {
  return YAML.parse(readFileSync(join(root, 'actions', name, 'action.yml'), 'utf8')) as Manifest;
}

describe.each(Object.keys(SPECS))('actions/%s/action.yml', (name) => {
  const m = manifest(name);

  it('runs its own bundle on node24', () => {
    expect(m.runs).toEqual({ using: 'node24', main: `../../dist/${name}/index.js` });
    expect(m.description.length).toBeGreaterThan(20);
  });

  it('carries every input and output of the contract', () => {
    expect(Object.keys(m.inputs)).toEqual(expect.arrayContaining(CONTRACT[name]!.inputs));
    expect(Object.keys(m.outputs)).toEqual(expect.arrayContaining(CONTRACT[name]!.outputs));
  });

  it('documents every input (description, required, default) and output', () => {
    for (const [id, input] of Object.entries(m.inputs)) {
      expect([id, typeof input.description]).toEqual([id, 'string']);
      expect([id, typeof input.required]).toEqual([id, 'boolean']);
      if (!input.required) expect([id, typeof input.default]).toEqual([id, 'string']);
    }
    for (const [id, output] of Object.entries(m.outputs)) expect([id, typeof output.description]).toEqual([id, 'string']);
  });

  it('declares exactly the inputs the code reads, with the same defaults', () => {
    const spec = SPECS[name]!;
    expect(Object.keys(spec).sort()).toEqual(Object.keys(m.inputs).sort());
    for (const [id, input] of Object.entries(m.inputs)) {
      const s = spec[id]!;
      const expected =
        s.github === 'repository' ? '${{ github.repository }}' : s.github === 'token' ? '${{ github.token }}' : (s.default ?? '');
      expect([id, input.default ?? '']).toEqual([id, expected]);
    }
  });
});

describe('root action.yml', () => {
  it('is exactly what scripts/generate-root-action.mjs generates (run npm run generate)', () => {
    expect(readFileSync(join(root, 'action.yml'), 'utf8')).toBe(renderRootAction());
  });

  it('carries the union of the actions’ inputs plus the selector', () => {
    const rootManifest = YAML.parse(renderRootAction()) as Manifest;
    const union = new Set(Object.keys(SPECS).flatMap((n) => Object.keys(manifest(n).inputs)));
    expect(Object.keys(rootManifest.inputs).sort()).toEqual([...union, 'action', 'github-token'].sort());
    expect(rootManifest.runs).toEqual({ using: 'node24', main: 'dist/action/index.js' });
  });
});
