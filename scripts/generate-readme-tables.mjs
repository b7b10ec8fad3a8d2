// Fills the generated blocks of docs/<action>.md from actions/<action>/action.yml:
// the inputs table between `<!-- start inputs -->` and `<!-- end inputs -->`, the
// outputs table between `<!-- start outputs -->` and `<!-- end outputs -->`
// (actions/checkout's approach). Everything outside the markers is hand-written
// and left as it is. An action without its doc gets a skeleton holding the
// markers. `--check` fails instead of writing when a block is stale (CI runs it;
// test/unit/docs/action-docs.test.ts does too).
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import YAML from 'yaml';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
/** The owner placeholder the template uses: no GitHub owner may contain an underscore. */
export const OWNER_PLACEHOLDER = 'YOUR_ORG';
export const BLOCKS = ['inputs', 'outputs'];

/** Every action of the suite: each folder under actions/ that holds an action.yml. */
export function listActions(dir = join(root, 'actions')) {
  return readdirSync(dir, { withFileTypes: true })
    .filter((e) => e.isDirectory() && existsSync(join(dir, e.name, 'action.yml')))
    .map((e) => e.name)
    .sort();
}

export function docPath(name) {
  return `docs/${name}.md`;
}

export function readActionManifest(name) {
  return YAML.parse(readFileSync(join(root, 'actions', name, 'action.yml'), 'utf8'));
}

/** One Markdown table cell: one line, pipes escaped. */
export function cell(text) {
  return String(text)
    .trim()
    .replace(/\s*\n\s*/g, ' ')
    .replace(/\|/g, '\\|');
}

/** Description text: Markdown emphasis characters escaped outside `code spans`, so `__init__.py` stays literal. */
export function prose(text) {
  return cell(text)
    .split(/(`[^`]*`)/)
    .map((part, i) => (i % 2 === 1 ? part : part.replace(/([_*<>])/g, (c) => (c === '<' ? '&lt;' : c === '>' ? '&gt;' : `\\${c}`))))
    .join('');
}

function code(text) {
  return `\`${String(text).replace(/`/g, "'")}\``;
}

export function renderInputs(manifest) {
  const inputs = Object.entries(manifest.inputs ?? {});
  if (inputs.length === 0) return 'None.';
  const lines = ['| Input | Required | Default | Description |', '| --- | --- | --- | --- |'];
  for (const [id, spec] of inputs) {
    const def = spec.default === undefined ? '' : spec.default === '' ? '*empty*' : code(cell(spec.default));
    lines.push(`| ${code(id)} | ${spec.required ? 'yes' : 'no'} | ${def} | ${prose(spec.description ?? '')} |`);
  }
  return lines.join('\n');
}

export function renderOutputs(manifest) {
  const outputs = Object.entries(manifest.outputs ?? {});
  if (outputs.length === 0) return 'None.';
  const lines = ['| Output | Description |', '| --- | --- |'];
  for (const [id, spec] of outputs) lines.push(`| ${code(id)} | ${prose(spec.description ?? '')} |`);
  return lines.join('\n');
}

export function renderBlocks(name, manifest) {
  const note = `<!-- Generated from actions/${name}/action.yml by scripts/generate-readme-tables.mjs: edit the action.yml, then run the script. -->`;
  return {
    inputs: `${note}\n\n${renderInputs(manifest)}`,
    outputs: `${note}\n\n${renderOutputs(manifest)}`,
  };
}

const marker = (edge, block) => `<!-- ${edge} ${block} -->`;

/**
 * The text with each block's markers holding the given content. Throws when a
 * block's markers are missing, repeated or out of order, naming the file.
 */
export function fillBlocks(text, blocks, where) {
  let out = text;
  for (const [block, content] of Object.entries(blocks)) {
    const start = marker('start', block);
    const end = marker('end', block);
    const from = out.indexOf(start);
    const to = out.indexOf(end);
    if (from < 0 || to < 0) throw new Error(`${where}: the markers ${start} and ${end} must both be there.`);
    if (out.indexOf(start, from + 1) >= 0 || out.indexOf(end, to + 1) >= 0) throw new Error(`${where}: ${start} and ${end} must appear once each.`);
    if (to < from) throw new Error(`${where}: ${end} comes before ${start}.`);
    // A blank line before the end marker, so a table cannot swallow it.
    out = `${out.slice(0, from + start.length)}\n${content}\n\n${out.slice(to)}`;
  }
  return out;
}

/** The text with every generated block taken out: what a person wrote. */
export function handWritten(text) {
  let out = text;
  for (const block of BLOCKS) {
    const from = out.indexOf(marker('start', block));
    const to = out.indexOf(marker('end', block));
    if (from >= 0 && to > from) out = out.slice(0, from) + out.slice(to + marker('end', block).length);
  }
  return out;
}

/**
 * Hand-written table rows that describe one of the given inputs or outputs
 * (a row whose first cell is the name in backticks): they would repeat the
 * generated table and drift from it.
 */
export function duplicatedRows(text, names) {
  const wanted = new Set(names);
  return handWritten(text)
    .split('\n')
    .filter((line) => {
      const first = /^\s*\|\s*`([^`]+)`/.exec(line);
      return first !== null && wanted.has(first[1]);
    });
}

/** Where a new action's doc starts: its description, an example, the generated blocks. */
export function skeleton(name, manifest) {
  return [
    `# ${name}`,
    '',
    prose(manifest.description ?? ''),
    '',
    '```yaml',
    `- uses: ${OWNER_PLACEHOLDER}/python-release-actions/actions/${name}@v1`,
    '```',
    '',
    '## Inputs',
    '',
    marker('start', 'inputs'),
    marker('end', 'inputs'),
    '',
    '## Outputs',
    '',
    marker('start', 'outputs'),
    marker('end', 'outputs'),
    '',
  ].join('\n');
}

/** The doc as it should be: the current text (or a skeleton) with fresh blocks. */
export function renderDoc(name, manifest, current) {
  return fillBlocks(current ?? skeleton(name, manifest), renderBlocks(name, manifest), docPath(name));
}

function readIfThere(path) {
  try {
    return readFileSync(path, 'utf8');
  } catch (error) {
    if (error.code === 'ENOENT') return undefined;
    throw error;
  }
}

/** Each action's doc path, what it holds now (undefined when missing) and what it should hold. */
export function planDocs(actions = listActions(), readManifest = readActionManifest) {
  return actions.map((name) => {
    const path = docPath(name);
    const current = readIfThere(join(root, path));
    const manifest = readManifest(name);
    const names = [...Object.keys(manifest.inputs ?? {}), ...Object.keys(manifest.outputs ?? {})];
    return { name, path, current, wanted: renderDoc(name, manifest, current), duplicated: duplicatedRows(current ?? '', names) };
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const plans = planDocs();
  const stale = plans.filter((p) => p.current !== p.wanted);
  for (const p of plans) {
    for (const row of p.duplicated) console.error(`${p.path}: a hand-written row repeats the generated table; remove it: ${row}`);
  }
  const duplicated = plans.some((p) => p.duplicated.length > 0);
  if (process.argv.includes('--check')) {
    for (const p of stale) console.error(`${p.path} is ${p.current === undefined ? 'missing' : 'out of date'}.`);
    if (stale.length > 0) console.error("Run 'node scripts/generate-readme-tables.mjs' and commit the result.");
    if (stale.length > 0 || duplicated) process.exit(1);
  } else {
    for (const p of stale) {
      writeFileSync(join(root, p.path), p.wanted);
      console.log(`${p.current === undefined ? 'created' : 'updated'} ${p.path}`);
    }
    if (stale.length === 0) console.log('every action doc is up to date');
    if (duplicated) process.exit(1);
  }
}
