/**
 * `pyrelease rehearse`: the whole release pipeline on this machine (see
 * src/rehearse/). Progress goes to stderr as each step starts and ends; the
 * table of steps and the planned legs (or, with --json, the JSON report) goes
 * to stdout at the end, with the paths of the Markdown and JSON reports.
 */
import { createInterface } from 'node:readline/promises';
import { UserError } from '../errors.js';
import { hostedLegLabel, outcomeJson, parsePythonList, rehearse, type RehearsalOutcome } from '../rehearse/index.js';
import { BUMPS, isBump } from '../versions/index.js';
import { parseCommandLine } from './args.js';
import { err, out } from './print.js';

const USAGE = `usage: pyrelease rehearse [options]

Runs the release pipeline on this machine with the suite's own code: a temporary
git copy of the project, bump-version (local mode, every distribution), the
wheels (built from the project: C extensions compiled for each interpreter; or
--wheels), fetch-wheels, pypi-publish to a local TestPyPI stand-in,
verify-install of each wheel on its interpreter, the approval gate,
pypi-publish to a local PyPI stand-in (only the files in the verified
manifest), verify-install again (pip install -U), and a report.

  --project DIR      the Python project to release (default: the bundled
                     example, examples/demo-project: two distributions with C
                     extensions)
  --wheels DIR       prebuilt distributions to release instead of building the
                     project
  --python LIST      interpreters to build for and verify on, comma-separated
                     versions or paths, e.g. 2.7,3.12 (default: every
                     interpreter of this machine, its 2.7 and each 3.x; a
                     missing 2.7 is skipped with a warning)
  --bump KIND        ${BUMPS.join(', ')} (default patch; with --wheels,
                     the version of the wheels)
  --version V        an explicit new version instead of --bump
  --yes, -y          approve the gate in advance (without it the gate asks on a
                     terminal, and refuses when there is none)
  --keep             keep the whole work directory (kept anyway after a failure)
  --report FILE      write the Markdown report here, and the JSON report beside
                     it (default: report.md and report.json in the work
                     directory, which are kept)
  --json             print the JSON report instead of the table
  --verbose          show every log line of every step
  -h, --help         this text

Exit status: 0 every step passed; 1 a step failed; 2 bad usage; 3 stopped at
the approval gate (rejected, or no terminal and no --yes).
`;

export interface RehearseCliIo {
  out: (text: string) => void;
  err: (text: string) => void;
  stdinIsTerminal: boolean;
  ask: (question: string) => Promise<string>;
  columns?: number;
}

const processIo: RehearseCliIo = {
  out,
  err,
  stdinIsTerminal: process.stdin.isTTY === true,
  ask: async (question) => {
    const rl = createInterface({ input: process.stdin, output: process.stderr });
    // Ctrl-C or Ctrl-D at the prompt is a "no", not a hang (readline only pauses on SIGINT by default).
    const abort = new AbortController();
    rl.on('SIGINT', () => abort.abort());
    rl.on('close', () => abort.abort());
    try {
      return await rl.question(question, { signal: abort.signal });
    } catch (error) {
      if ((error as Error).name === 'AbortError') {
        err('\n');
        return '';
      }
      throw error;
    } finally {
      rl.close();
    }
  },
  columns: process.stdout.columns,
};

export async function rehearseCommand(argv: string[], io: RehearseCliIo = processIo): Promise<number> {
  const parsed = parseCommandLine('rehearse', USAGE, {
    args: argv,
    options: {
      project: { type: 'string' },
      wheels: { type: 'string' },
      python: { type: 'string' },
      bump: { type: 'string' },
      version: { type: 'string' },
      yes: { type: 'boolean', short: 'y', default: false },
      keep: { type: 'boolean', default: false },
      report: { type: 'string' },
      json: { type: 'boolean', default: false },
      verbose: { type: 'boolean', default: false },
    },
  }, io);
  if (typeof parsed === 'number') return parsed;
  const v = parsed.values;
  const usage = (message: string): number => {
    io.err(`pyrelease rehearse: ${message}\n\n${USAGE}`);
    return 2;
  };
  if (v.bump !== undefined && !isBump(v.bump)) return usage(`--bump: unknown part "${v.bump}"; use one of ${BUMPS.join(', ')}.`);
  if (v.bump !== undefined && v.version !== undefined) return usage('give --bump or --version, not both.');
  for (const name of ['project', 'wheels', 'report', 'version', 'python'] as const) {
    if (v[name] !== undefined && v[name]!.trim() === '') return usage(`--${name} needs a value.`);
  }
  let pythons: string[] | undefined;
  try {
    pythons = parsePythonList(v.python);
  } catch (err) {
    if (err instanceof UserError) return usage(err.message);
    throw err;
  }

  let outcome: RehearsalOutcome;
  try {
    outcome = await rehearse({
      ...(v.project !== undefined ? { projectDir: v.project } : {}),
      ...(v.wheels !== undefined ? { wheelsDir: v.wheels } : {}),
      ...(pythons ? { pythons } : {}),
      ...(v.bump !== undefined && isBump(v.bump) ? { bump: v.bump } : {}),
      ...(v.version !== undefined ? { version: v.version } : {}),
      yes: v.yes,
      keep: v.keep,
      ...(v.report !== undefined ? { reportPath: v.report } : {}),
      verbose: v.verbose,
      tableWidth: Math.max(80, io.columns ?? 120),
      io: {
        progress: io.err,
        gate: { isTerminal: io.stdinIsTerminal, ask: io.ask },
      },
    });
  } catch (err) {
    if (!(err instanceof UserError)) throw err;
    io.err(`error: ${err.message}\n`);
    return 1;
  }

  if (v.json) {
    io.out(`${JSON.stringify(outcomeJson(outcome), null, 2)}\n`);
    return outcome.exitCode;
  }
  const verdict = outcome.result === 'passed'
    ? `Rehearsal passed: ${outcome.distributions.join(' + ')} ${outcome.previousVersion} → ${outcome.version} went through every step.`
    : outcome.result === 'not-approved'
      ? 'Rehearsal stopped at the approval gate: nothing was uploaded to the PyPI stand-in.'
      : `Rehearsal FAILED at: ${outcome.steps.find((s) => s.status === 'failed')?.title ?? '?'}.`;
  const lines = [
    '',
    outcome.table,
    '',
    ...outcome.warnings.map((w) => `warning: ${w}`),
    verdict,
    ...plannedLines(outcome),
    `Report: ${outcome.reportPath}`,
    `JSON:   ${outcome.reportJsonPath}`,
    `Log:    ${outcome.logPath}`,
    outcome.kept ? `The work directory is kept: ${outcome.workDir}` : 'The work files were removed (--keep keeps them).',
    // A kept index serves its files and their provenance again.
    ...(outcome.kept ? outcome.indexes.map((i) => `Index ${i.name}: ${i.dir} (serve it again: pyrelease serve-index --dir ${i.dir})`) : []),
  ];
  io.out(`${lines.join('\n')}\n`);
  return outcome.exitCode;
}

/** The wheels installed here, and the legs planned for hosted runners that this machine cannot run. */
function plannedLines(o: RehearsalOutcome): string[] {
  const here = o.coverage.filter((c) => c.result === 'passed').length;
  const lines = here ? [`Installed and checked here: ${here} of ${o.coverage.filter((c) => c.inSet).length} wheels.`] : [];
  const hosted = o.plan?.hosted ?? [];
  if (hosted.length > 0) {
    lines.push(`Planned for hosted runners, not run here (${hosted.reduce((n, h) => n + h.wheels.length, 0)} wheels):`);
    for (const h of hosted) lines.push(`  ${hostedLegLabel(h)}: ${h.wheels.join(', ')}`);
  }
  for (const u of o.plan?.plan.unverifiable ?? []) lines.push(`Unverifiable: ${u.wheel}: ${u.reason}`);
  return lines;
}
