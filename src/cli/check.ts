import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { formatProblemsTable, preflight } from '../distributions/index.js';
import { UserError } from '../errors.js';
import { parseSize } from '../units.js';
import { err, out } from './print.js';

const USAGE = 'usage: pyrelease check [--json] [--max-file-size 100M] [--version V] FILE|DIR...\n';
const DISTRIBUTION = /\.(whl|tar\.gz|zip)$/;

/**
 * `twine check` with PyPI's upload rules added: every problem PyPI would
 * refuse, found offline and reported all at once. Exit 1 on any problem.
 */
export async function checkCommand(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      json: { type: 'boolean', default: false },
      'max-file-size': { type: 'string' },
      version: { type: 'string' },
    },
  });
  if (positionals.length === 0) {
    err(USAGE);
    return 2;
  }
  let maxFileSize: number | undefined;
  if (values['max-file-size'] !== undefined) {
    maxFileSize = parseSize(values['max-file-size']);
    if (maxFileSize === undefined) throw new UserError(`--max-file-size: use bytes or a size such as 100M (got ${values['max-file-size']})`);
  }
  const paths = positionals.flatMap(expand);
  if (paths.length === 0) throw new UserError(`no distributions (.whl, .tar.gz) found in ${positionals.join(', ')}`);
  const result = await preflight(paths, { maxFileSize, expectedVersion: values.version });
  if (values.json) {
    const report = {
      ok: result.problems.length === 0,
      files: result.files.map((f) => ({ filename: f.filename, path: f.path, size: f.size, sha256: f.sha256, blake2b_256: f.blake2b256 })),
      problems: result.problems,
    };
    out(`${JSON.stringify(report, null, 2)}\n`);
  } else {
    out(`${formatProblemsTable(result.files, result.problems)}\n`);
  }
  return result.problems.length === 0 ? 0 : 1;
}

function expand(path: string): string[] {
  let stat;
  try {
    stat = statSync(path);
  } catch {
    throw new UserError(`${path}: no such file or directory`);
  }
  if (!stat.isDirectory()) return [path];
  return readdirSync(path)
    .filter((name) => DISTRIBUTION.test(name))
    .sort()
    .map((name) => join(path, name));
}
