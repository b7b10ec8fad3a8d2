import { basename } from 'node:path';
import { parseArgs } from 'node:util';
import { hashFile } from '../distributions/index.js';
import { err, out } from './print.js';

/**
 * Prints the digests twine sends with an upload (sha256 and blake2b-256), in
 * one read of each file, so a release engineer can compare them with what an
 * index or a manifest reports.
 */
export async function hashCommand(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({ args: argv, allowPositionals: true, options: { json: { type: 'boolean', default: false } } });
  if (positionals.length === 0) {
    err('usage: pyrelease hash [--json] FILE...\n');
    return 2;
  }
  const rows = [];
  for (const path of positionals) rows.push({ filename: basename(path), ...(await hashFile(path)) });
  if (values.json) {
    out(`${JSON.stringify(rows.map((r) => ({ filename: r.filename, size: r.size, sha256: r.sha256, blake2b_256: r.blake2b256 })), null, 2)}\n`);
  } else {
    for (const r of rows) out(`sha256=${r.sha256}  blake2b_256=${r.blake2b256}  size=${r.size}  ${r.filename}\n`);
  }
  return 0;
}
