/**
 * docs/<action>.md: the inputs and outputs tables between the markers are
 * generated from actions/<action>/action.yml. The committed files must equal a
 * fresh render, so the docs cannot drift from the manifests, and no
 * hand-written table may repeat a generated one.
 */
import { describe, expect, it } from '@jest/globals';
import YAML from 'yaml';
import {
  cell,
  docPath,
  duplicatedRows,
  fillBlocks,
  listActions,
  planDocs,
  prose,
  readActionManifest,
  renderBlocks,
  renderDoc,
  renderInputs,
  renderOutputs,
} from '../../../scripts/generate-readme-tables.mjs';
import { readText, SUITE_ACTIONS, TEMPLATE_OWNER } from '../workflows/rules.js';

const START = '<!-- start inputs -->';
const END = '<!-- end inputs -->';

describe('docs/<action>.md', () => {
  it('every action has its doc, equal to a fresh render of its action.yml (run `node scripts/generate-readme-tables.mjs` when this fails)', () => {
    const plans = planDocs();
    expect(plans.map((p) => p.name)).toEqual(listActions());
    for (const plan of plans) {
      expect({ path: plan.path, exists: plan.current !== undefined }).toEqual({ path: plan.path, exists: true });
      expect({ path: plan.path, text: plan.current }).toEqual({ path: plan.path, text: plan.wanted });
    }
  });

  it('covers every action of the suite', () => {
    expect(listActions()).toEqual(expect.arrayContaining(SUITE_ACTIONS));
    for (const name of SUITE_ACTIONS) expect(docPath(name)).toBe(`docs/${name}.md`);
  });

  it('has a row for every input and output, inside the generated blocks', () => {
    for (const name of listActions()) {
      const text = readText(docPath(name));
      const manifest = YAML.parse(readText(`actions/${name}/action.yml`)) as { inputs?: Record<string, { required?: boolean }>; outputs?: Record<string, unknown> };
      const inputs = text.slice(text.indexOf(START), text.indexOf(END));
      const outputs = text.slice(text.indexOf('<!-- start outputs -->'), text.indexOf('<!-- end outputs -->'));
      for (const [id, spec] of Object.entries(manifest.inputs ?? {})) expect(inputs).toMatch(new RegExp(`\\n\\| \`${id}\` \\| ${spec.required ? 'yes' : 'no'} \\|`));
      for (const id of Object.keys(manifest.outputs ?? {})) expect(outputs).toMatch(new RegExp(`\\n\\| \`${id}\` \\| [^|]`));
    }
  });

  it('no hand-written table repeats an input or output, in the action docs or the README', () => {
    const all: string[] = [];
    for (const name of listActions()) {
      const manifest = readActionManifest(name);
      const names = [...Object.keys(manifest.inputs ?? {}), ...Object.keys(manifest.outputs ?? {})];
      all.push(...names);
      expect({ path: docPath(name), rows: duplicatedRows(readText(docPath(name)), names) }).toEqual({ path: docPath(name), rows: [] });
    }
    expect(duplicatedRows(readText('README.md'), all)).toEqual([]);
  });

  it('finds a hand-written row that repeats an input, and ignores the generated block and other tables', () => {
    const text = [
      START,
      '| `source` | yes | | generated |',
      END,
      '',
      '| input | meaning |',
      '| --- | --- |',
      '| `source` | hand-written |',
      '| `major` | a bump, not an input |',
    ].join('\n');
    expect(duplicatedRows(text, ['source', 'dest'])).toEqual(['| `source` | hand-written |']);
  });
});

describe('the generator', () => {
  const base = { description: 'D', inputs: { a: { description: 'first', required: true } }, outputs: { o: { description: 'out' } } };
  const changed = { ...base, inputs: { ...base.inputs, b: { description: 'second', default: 'x' } } };

  it('replaces a stale block and leaves the hand-written text as it was', () => {
    const stale = renderDoc('x', base, undefined);
    const withProse = stale.replace('## Outputs', 'Some prose the author wrote.\n\n## Outputs');
    const fresh = renderDoc('x', changed, withProse);
    expect(fresh).not.toBe(withProse);
    expect(fresh).toContain('| `b` | no | `x` | second |');
    expect(fresh).toContain('Some prose the author wrote.');
    expect(renderDoc('x', changed, fresh)).toBe(fresh);
  });

  it('gives a new action a skeleton with both blocks filled', () => {
    const doc = renderDoc('plan-verify', base, undefined);
    expect(doc).toMatch(/^# plan-verify\n/);
    expect(doc).toContain(`- uses: ${TEMPLATE_OWNER}/python-release-actions/actions/plan-verify@v1`);
    expect(doc).toContain('| `a` | yes |  | first |');
    expect(doc).toContain('| `o` | out |');
  });

  it('refuses a doc whose markers are missing, repeated or out of order', () => {
    const blocks = renderBlocks('x', base);
    const good = `${START}\n${END}\n<!-- start outputs -->\n<!-- end outputs -->\n`;
    expect(() => fillBlocks(good, blocks, 'docs/x.md')).not.toThrow();
    expect(() => fillBlocks(good.replace(END, ''), blocks, 'docs/x.md')).toThrow('docs/x.md: the markers <!-- start inputs --> and <!-- end inputs --> must both be there.');
    expect(() => fillBlocks(good + START, blocks, 'docs/x.md')).toThrow('must appear once each');
    expect(() => fillBlocks(good.replace(`${START}\n${END}`, `${END}\n${START}`), blocks, 'docs/x.md')).toThrow('<!-- end inputs --> comes before <!-- start inputs -->');
  });

  it('keeps table rows intact: one line, pipes escaped, defaults shown, emphasis characters literal', () => {
    const inputs = renderInputs({
      inputs: {
        files: { description: 'One per line,\nlike __init__.py or `a|b`', default: '' },
        token: { description: 'A token', default: '${{ github.token }}', required: false },
      },
    });
    expect(inputs).toContain('| `files` | no | *empty* | One per line, like \\_\\_init\\_\\_.py or `a\\|b` |');
    expect(inputs).toContain('| `token` | no | `${{ github.token }}` | A token |');
    expect(renderOutputs({ outputs: {} })).toBe('None.');
    expect(renderInputs({})).toBe('None.');
    expect(cell(' a\n  b | c ')).toBe('a b \\| c');
    expect(prose('x_y `x_y` <b>')).toBe('x\\_y `x_y` &lt;b&gt;');
  });
});
