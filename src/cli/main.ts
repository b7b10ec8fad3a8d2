#!/usr/bin/env node
import { UserError } from '../errors.js';
import { err, out } from './print.js';

const USAGE = `pyrelease — release Python packages with native wheels

Usage:
  pyrelease bump (--bump KIND | --version V) [--dry-run] [--no-commit] [DIR]
                                                             bump the version in a local git checkout and commit it
  pyrelease brief ...                                        write the approval brief (see docs/pipeline.md)
  pyrelease check [--json] [--max-file-size BYTES] FILE...   run PyPI's upload rules on distributions
  pyrelease serve-index --dir DIR [--port P] [--host H] [--token T] [--delay S]
                                                             an embedded PyPI-compatible index
  pyrelease hash [--json] FILE...                           sha256 and blake2b-256 (as twine sends them), one read
  pyrelease rehearse [...]                                   the whole release pipeline locally
`;

type Command = (argv: string[]) => Promise<number>;

const commands: Record<string, () => Promise<Command>> = {
  brief: async () => (await import('./brief.js')).briefCommand,
  bump: async () => (await import('./bump.js')).bumpCommand,
  check: async () => (await import('./check.js')).checkCommand,
  hash: async () => (await import('./hash.js')).hashCommand,
  'serve-index': async () => (await import('./serve-index.js')).serveIndexCommand,
  rehearse: async () => (await import('./rehearse.js')).rehearseCommand,
};

async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    out(USAGE);
    return name ? 0 : 2;
  }
  const load = commands[name];
  if (!load) {
    err(`pyrelease: unknown command '${name}'\n\n${USAGE}`);
    return 2;
  }
  return (await load())(rest);
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    if (error instanceof UserError) {
      err(`error: ${error.message}\n`);
    } else {
      err(`pyrelease failed unexpectedly (a bug, please report it): ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    }
    process.exitCode = 1;
  },
);
