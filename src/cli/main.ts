#!/usr/bin/env node
import { sweepDeadBuffersPromptly } from '../buffer-sweeping.js';
import { UserError } from '../errors.js';
import { asksForHelp, USAGE_EXIT } from './args.js';
import { err, out } from './print.js';

const USAGE = `pyrelease — release Python packages with native wheels

Usage:
  pyrelease bump (--bump KIND | --version V) [--dry-run] [--no-commit] [DIR]
                                                             bump the version in a local git checkout and commit it
  pyrelease brief --manifest FILE [--results DIR] [--plan FILE] ...
                                                             write the approval brief: legs, coverage, verdict
  pyrelease check [--json] [--max-file-size BYTES] FILE...   run PyPI's upload rules on distributions
  pyrelease plan-verify --manifest FILE [--json] [--runner KIND=LABEL]...
                                                             plan the verify matrix: every wheel installed once
  pyrelease serve-index --dir DIR [--port P] [--host H] [--token T] [--delay S]
                                                             an embedded PyPI-compatible index
  pyrelease hash [--json] FILE...                            sha256 and blake2b-256 (as twine sends them), one read
  pyrelease rehearse [...]                                   the whole release pipeline locally

'pyrelease COMMAND --help' shows the options of a command.
`;

type Command = (argv: string[]) => Promise<number>;

const commands: Record<string, () => Promise<Command>> = {
  brief: async () => (await import('./brief.js')).briefCommand,
  bump: async () => (await import('./bump.js')).bumpCommand,
  check: async () => (await import('./check.js')).checkCommand,
  hash: async () => (await import('./hash.js')).hashCommand,
  'plan-verify': async () => (await import('./plan-verify.js')).planVerifyCommand,
  'serve-index': async () => (await import('./serve-index.js')).serveIndexCommand,
  rehearse: async () => (await import('./rehearse.js')).rehearseCommand,
};

async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (name === 'help' && rest[0] && commands[rest[0]]) return (await commands[rest[0]]!())(['--help']);
  if (name === undefined || name === 'help' || asksForHelp([name])) {
    // Asked for, the usage is the answer; without a command it is the reason for exit 2.
    (name === undefined ? err : out)(USAGE);
    return name === undefined ? USAGE_EXIT : 0;
  }
  const load = commands[name];
  if (!load) {
    err(`pyrelease: unknown command '${name}'; the commands are ${Object.keys(commands).sort().join(', ')} (see 'pyrelease --help')\n`);
    return USAGE_EXIT;
  }
  return (await load())(rest);
}

// A reader that stops early (`pyrelease … | head -1`) closes the pipe: stop as a
// shell tool killed by SIGPIPE would (status 128 + 13), without a trace.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') throw error;
    process.exit(141);
  });
}

// Node exits 0 once nothing is left to run, even with main() still waiting on a callback that
// never comes: a check that never finished must not look like one that passed.
let settled = false;
process.on('beforeExit', () => {
  if (settled) return;
  settled = true;
  err('pyrelease stopped before it finished: it was waiting for something that can no longer happen (a bug, please report it)\n');
  process.exitCode = 1;
});

sweepDeadBuffersPromptly();
main(process.argv.slice(2)).finally(() => {
  settled = true;
}).then(
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
