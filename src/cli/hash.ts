import { statSync } from 'node:fs';
import { basename } from 'node:path';
import { hash } from '../hashing/index.js';
import { UserError } from '../errors.js';
import { parseCommandLine, processIo, USAGE_EXIT, type CliIo } from './args.js';

const USAGE = `usage: pyrelease hash [--json] FILE...

Prints the sha256 and blake2b-256 of each file (the digests twine sends with an
upload), reading each file once.

  --json       a JSON list: filename, size, sha256, blake2b_256
  -h, --help   this text
`;

/**
 * Prints the digests twine sends with an upload (sha256 and blake2b-256), in
 * one read of each file, so a release engineer can compare them with what an
 * index or a manifest reports.
 */
export async function hashCommand(argv: string[], io: CliIo = processIo): Promise<number> {
  const parsed = parseCommandLine('hash', USAGE, { args: argv, allowPositionals: true, options: { json: { type: 'boolean', default: false } } }, io);
  if (typeof parsed === 'number') return parsed;
  const { values, positionals } = parsed;
  if (positionals.length === 0) {
    io.err(USAGE);
    return USAGE_EXIT;
  }
  for (const path of positionals) {
    if (!statSync(path, { throwIfNoEntry: false })?.isFile()) throw new UserError(`${path}: no such file (pyrelease hash reads files, not directories)`);
  }
  const rows = [];
  for (const path of positionals) rows.push({ filename: basename(path), ...(await hash(path, ['sha256', 'blake2b256'])) });
  if (values.json) {
    io.out(`${JSON.stringify(rows.map((r) => ({ filename: r.filename, size: r.size, sha256: r.sha256, blake2b_256: r.blake2b256 })), null, 2)}\n`);
  } else {
    for (const r of rows) io.out(`sha256=${r.sha256}  blake2b_256=${r.blake2b256}  size=${r.size}  ${r.filename}\n`);
  }
  return 0;
}
