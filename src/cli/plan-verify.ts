/**
 * `pyrelease plan-verify`: the verify matrix for a manifest, so that every
 * wheel is installed once on a runner that can install it (see
 * src/commands/plan-verify/). --json prints what strategy.matrix takes plus
 * the wheels no planned runner can install; without it, two tables.
 */
import { planVerify, parseRunnerOverrides, runsOnText } from '../commands/plan-verify/index.js';
import { readManifest } from '../distributions/manifest.js';
import { UserError } from '../errors.js';
import { parseCommandLine, processIo, usageLine, USAGE_EXIT, type CliIo } from './args.js';

const USAGE = `usage: pyrelease plan-verify --manifest FILE [--json] [--runner KIND=LABEL]...

Plans the verify matrix for the wheels of a manifest: every wheel installed at
least once, on a runner that can install it; wheels of one runner, Python and
container share a leg. Wheels no planned runner can install are listed with
the reason.

  --manifest FILE      the manifest fetch-wheels or pypi-publish wrote
  --json               {"include": [...], "unverifiable": [...]}, for strategy.matrix
  --runner KIND=LABEL  run KIND's legs on LABEL (or LABEL,LABEL,… for several
                       labels), instead of the GitHub-hosted image; repeatable.
                       KIND: linux-x86_64, linux-aarch64, linux-armv7l,
                       linux-ppc64le, linux-s390x, linux-riscv64, macos-arm64,
                       macos-x86_64, windows-amd64, windows-arm64
  -h, --help           this text

Exit status: 0 planned; 1 no wheel can be installed anywhere, or a bad
manifest; 2 bad usage.
`;

export async function planVerifyCommand(argv: string[], io: CliIo = processIo): Promise<number> {
  const parsed = parseCommandLine('plan-verify', USAGE, {
    args: argv,
    options: {
      manifest: { type: 'string' },
      json: { type: 'boolean', default: false },
      runner: { type: 'string', multiple: true },
    },
  }, io);
  if (typeof parsed === 'number') return parsed;
  const { values } = parsed;
  if (!values.manifest) {
    io.err(usageLine('plan-verify', '--manifest is required'));
    return USAGE_EXIT;
  }
  let runners;
  try {
    runners = parseRunnerOverrides(values.runner ?? [], '--runner');
  } catch (err) {
    if (!(err instanceof UserError)) throw err;
    io.err(usageLine('plan-verify', err.message.replace(/\.$/, '')));
    return USAGE_EXIT;
  }
  const plan = planVerify(await readManifest(values.manifest), { runners });
  if (plan.include.length === 0) {
    throw new UserError(
      `No wheel of ${values.manifest} can be installed on a planned runner, so there is no matrix to run:\n` +
        (plan.unverifiable.length ? plan.unverifiable.map((u) => `  ${u.wheel}: ${u.reason}`).join('\n') : '  the manifest lists no wheels'),
    );
  }
  if (values.json) {
    io.out(`${JSON.stringify(plan, null, 2)}\n`);
    return 0;
  }
  const lines = [`${plan.include.length} leg(s) install ${plan.include.reduce((n, l) => n + l.wheels.length, 0)} wheel(s):`, ''];
  for (const leg of plan.include) {
    lines.push(`  ${leg.id}  (${leg.name}; runs-on ${runsOnText(leg['runs-on'])})`);
    for (const w of leg.wheels) lines.push(`    ${w}`);
  }
  if (plan.unverifiable.length > 0) {
    lines.push('', `${plan.unverifiable.length} wheel(s) no planned runner can install:`, '');
    for (const u of plan.unverifiable) lines.push(`    ${u.wheel}`, `        ${u.reason}`);
  }
  io.out(`${lines.join('\n')}\n`);
  return 0;
}
