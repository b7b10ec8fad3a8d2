/**
 * docs/reference.md: each action's inputs and outputs as tables generated from
 * its action.yml. The committed file must equal a fresh render, so the docs
 * cannot drift from the manifests.
 */
import { describe, expect, it } from '@jest/globals';
import YAML from 'yaml';
import { ACTIONS, cell, prose, REFERENCE_PATH, renderActionTables, renderReference } from '../../../scripts/generate-readme-tables.mjs';
import { readText, SUITE_ACTIONS, TEMPLATE_OWNER } from './rules.js';

describe('docs/reference.md', () => {
  it('matches a fresh render of actions/*/action.yml (run `node scripts/generate-readme-tables.mjs` when this fails)', () => {
    expect(readText(REFERENCE_PATH)).toBe(renderReference());
  });

  it('covers every action, with the template owner placeholder', () => {
    expect(ACTIONS).toEqual(SUITE_ACTIONS);
    const text = renderReference();
    for (const name of ACTIONS) {
      expect(text).toContain(`## ${name}\n`);
      expect(text).toContain(`- uses: ${TEMPLATE_OWNER}/python-release-actions/actions/${name}@v1`);
    }
  });

  it('has a row for every input and output of every action', () => {
    const text = renderReference();
    for (const name of ACTIONS) {
      const manifest = YAML.parse(readText(`actions/${name}/action.yml`)) as { inputs: Record<string, { required?: boolean }>; outputs: Record<string, unknown> };
      const section = text.slice(text.indexOf(`## ${name}\n`)).split(/\n## /)[0]!;
      for (const [id, spec] of Object.entries(manifest.inputs)) expect(section).toMatch(new RegExp(`\\n\\| \`${id}\` \\| ${spec.required ? 'yes' : 'no'} \\|`));
      for (const id of Object.keys(manifest.outputs)) expect(section).toMatch(new RegExp(`\\n\\| \`${id}\` \\| [^|]`));
    }
  });

  it('renders a changed manifest differently (the staleness check can fail)', () => {
    const base = { description: 'D', inputs: { a: { description: 'first', required: true } }, outputs: { o: { description: 'out' } } };
    const changed = { ...base, inputs: { ...base.inputs, b: { description: 'second', default: 'x' } } };
    expect(renderActionTables('x', changed)).not.toBe(renderActionTables('x', base));
    expect(renderReference(() => changed)).not.toBe(renderReference(() => base));
  });

  it('keeps table rows intact: one line, pipes escaped, defaults shown, emphasis characters literal', () => {
    const md = renderActionTables('x', {
      description: 'An action',
      inputs: {
        files: { description: 'One per line,\nlike __init__.py or `a|b`', default: '' },
        token: { description: 'A token', default: '${{ github.token }}', required: false },
      },
      outputs: {},
    });
    expect(md).toContain('| `files` | no | *empty* | One per line, like \\_\\_init\\_\\_.py or `a\\|b` |');
    expect(md).toContain('| `token` | no | `${{ github.token }}` | A token |');
    expect(md).toContain('### Outputs\n\nNone.');
    expect(cell(' a\n  b | c ')).toBe('a b \\| c');
    expect(prose('x_y `x_y` <b>')).toBe('x\\_y `x_y` &lt;b&gt;');
  });
});
