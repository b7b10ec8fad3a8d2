import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { formatProblemsTable, preflight } from '../distributions/index.js';
import { UserError } from '../errors.js';
import { parseSize } from '../units.js';
import { parseCommandLine, processIo, USAGE_EXIT, type CliIo } from './args.js';

const USAGE = `usage: pyrelease check [--json] [--max-file-size 100M] [--version V] FILE|DIR...

Runs PyPI's upload rules (and twine check's) on wheels and sdists, offline, and
reports every problem at once. A directory stands for the .whl, .tar.gz and
.zip files in it. Exit 1 when any file would be refused.

  --json                one JSON object: ok, files (with digests), problems
  --max-file-size SIZE  PyPI's per-file limit to apply (default 100M)
  --version V           the version every file must carry
  -h, --help            this text
`;
const DISTRIBUTION = /\.(whl|tar\.gz|zip)$/;

/**
 * `twine check` with PyPI's upload rules added: every problem PyPI would
 * refuse, found offline and reported all at once. Exit 1 on any problem.
 */
export async function checkCommand(argv: string[], io: CliIo = processIo): Promise<number> {
  const parsed = parseCommandLine('check', USAGE, {
    args: argv,
    allowPositionals: true,
    options: {
      json: { type: 'boolean', default: false },
      'max-file-size': { type: 'string' },
      version: { type: 'string' },
    },
  }, io);
  if (typeof parsed === 'number') return parsed;
  const { values, positionals } = parsed;
  if (positionals.length === 0) {
    io.err(USAGE);
    return USAGE_EXIT;
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
      warnings: result.warnings,
    };
    io.out(`${JSON.stringify(report, null, 2)}\n`);
  } else {
    io.out(`${formatProblemsTable(result.files, result.problems, result.warnings)}\n`);
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
