import { bumpLocally, changesText } from '../commands/bump-version/index.js';
import { UserError } from '../errors.js';
import { silentLogger } from '../log.js';
import { cliLogger } from './print.js';
import { BUMPS, SCHEMES, isBump, isScheme, unifiedDiff } from '../versions/index.js';
import { parseCommandLine, processIo, type CliIo } from './args.js';

const USAGE = `usage: pyrelease bump (--bump PART | --version X) [options] [DIR]

Bumps the version in every file of the Python project in DIR (default: the
current directory) that holds it, then commits exactly those files with git on
a new branch.

  --bump PART          ${BUMPS.join(', ')}
  --version X          an explicit new version (normalized, e.g. 1.0-RC1 → 1.0rc1)
  --files SPEC         a version file: path, path:regex-with-one-group or
                       path:toml.dotted.key (repeatable; default: detect them)
  --scheme S           ${SCHEMES.join(' or ')} (default pep440)
  --allow-downgrade    allow an explicit version lower than the current one
  --branch TEMPLATE    branch to create (default release/v{version})
  --message TEMPLATE   commit message (default "Bump version to {version}";
                       {version} and {previous} are replaced)
  --no-commit          rewrite the files only: no branch, no commit
  --dry-run            print the diff and change nothing
  -h, --help           this text
`;

export type BumpIo = CliIo;

/** `pyrelease bump`: bump-version on a local checkout. Exit 0 on success, 1 on any refusal. */
export async function bumpCommand(argv: string[], io: BumpIo = processIo): Promise<number> {
  try {
    return await run(argv, io);
  } catch (err) {
    if (!(err instanceof UserError)) throw err;
    io.err(`error: ${err.message}\n`);
    return 1;
  }
}

async function run(argv: string[], io: BumpIo): Promise<number> {
  const parsed = parseCommandLine('bump', USAGE, {
    args: argv,
    allowPositionals: true,
    options: {
      bump: { type: 'string' },
      version: { type: 'string' },
      files: { type: 'string', multiple: true },
      scheme: { type: 'string', default: 'pep440' },
      'allow-downgrade': { type: 'boolean', default: false },
      branch: { type: 'string', default: 'release/v{version}' },
      message: { type: 'string', default: 'Bump version to {version}' },
      'no-commit': { type: 'boolean', default: false },
      'dry-run': { type: 'boolean', default: false },
    },
  }, io);
  if (typeof parsed === 'number') return parsed;
  const { values, positionals } = parsed;
  if (positionals.length > 1) throw new UserError(`give at most one directory (got ${positionals.join(' ')})\n${USAGE}`);
  if (values.bump !== undefined && !isBump(values.bump)) throw new UserError(`--bump: unknown part "${values.bump}"; use one of ${BUMPS.join(', ')}.`);
  if (!isScheme(values.scheme)) throw new UserError(`--scheme: unknown scheme "${values.scheme}"; use ${SCHEMES.join(' or ')}.`);
  if (values.bump === undefined && values.version === undefined) throw new UserError(`give --bump PART or --version X\n${USAGE}`);

  const outcome = await bumpLocally(
    {
      dir: positionals[0] ?? process.cwd(),
      bump: values.bump,
      version: values.version,
      files: values.files?.join('\n'),
      scheme: values.scheme,
      allowDowngrade: values['allow-downgrade'],
      branchTemplate: values.branch,
      commitMessage: values.message,
      commit: !values['no-commit'],
      dryRun: values['dry-run'],
    },
    values['dry-run'] ? silentLogger : { ...cliLogger, info: () => {} },
  );
  const { plan } = outcome;
  io.out(`${plan.previous} → ${plan.next}\n${changesText(plan)}\n`);
  if (outcome.dryRun) {
    io.out(`\n${unifiedDiff(plan.changes)}\nDry run: nothing was written.\n`);
  } else if (outcome.commitSha) {
    io.out(`Committed ${outcome.commitSha} on the new branch ${outcome.branch}: ${outcome.message.split('\n')[0]}\n`);
  } else {
    io.out('Rewrote the files; nothing was committed (--no-commit).\n');
  }
  return 0;
}
