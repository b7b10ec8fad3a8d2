/**
 * The machines a verify leg can run on: one runner kind per OS and
 * architecture, each with the GitHub-hosted label that serves it (if any) and
 * what that image is known to offer. A user maps a kind to their own labels
 * (self-hosted runners, or another hosted image); the hosted facts below then
 * no longer apply, because nothing is known of that machine but its label.
 *
 * Sources: GitHub's runner labels
 * (ubuntu-24.04, ubuntu-24.04-arm, macos-15 on arm64, macos-15-intel, the last
 * Intel image since macos-13's retirement in December 2025, windows-2025,
 * windows-11-arm); Ubuntu 24.04 ships glibc 2.39; actions/setup-python has
 * CPython for Windows arm64 from 3.11 on (python.org builds no arm64 installer
 * before; setup-python#715, #976).
 */
import { UserError } from '../../errors.js';
import type { RunsOn } from '../../verification/plan.js';

export const RUNNER_KINDS = [
  'linux-x86_64',
  'linux-aarch64',
  'linux-armv7l',
  'linux-ppc64le',
  'linux-s390x',
  'linux-riscv64',
  'macos-arm64',
  'macos-x86_64',
  'windows-amd64',
  'windows-arm64',
] as const;

export type RunnerKind = (typeof RUNNER_KINDS)[number];

export interface HostedImage {
  label: string;
  /** glibc of the image, for manylinux_X_Y. */
  glibc?: [number, number];
  /** macOS major version of the image, for macosx_X_Y. */
  macos?: number;
  /** The oldest CPython 3 setup-python installs there, when it is newer than for the others. */
  oldestPython?: [number, number];
}

export const HOSTED: Partial<Record<RunnerKind, HostedImage>> = {
  'linux-x86_64': { label: 'ubuntu-24.04', glibc: [2, 39] },
  'linux-aarch64': { label: 'ubuntu-24.04-arm', glibc: [2, 39] },
  'macos-arm64': { label: 'macos-15', macos: 15 },
  'macos-x86_64': { label: 'macos-15-intel', macos: 15 },
  'windows-amd64': { label: 'windows-2025' },
  'windows-arm64': { label: 'windows-11-arm', oldestPython: [3, 11] },
};

/** What a leg's `runs-on` is for one kind: a label or a list of labels. */
export type { RunsOn };

export interface Runner {
  kind: RunnerKind;
  runsOn: RunsOn;
  /** The GitHub-hosted image, whose facts apply; undefined for a label the user gave. */
  hosted?: HostedImage;
}

/** Each kind's runner: the user's label where given, else the hosted one, else none. */
export type Runners = Partial<Record<RunnerKind, Runner>>;

function isKind(value: string): value is RunnerKind {
  return (RUNNER_KINDS as readonly string[]).includes(value);
}

/** Printable, no separators of this syntax (`=`, `,`) and no line breaks. */
const LABEL = /^[^\s=,][^=,\r\n]*$/;

/**
 * `KIND=LABEL` or `KIND=LABEL,LABEL,…` (a job runs where a runner has every
 * label), e.g. `linux-ppc64le=self-hosted,linux,ppc64le`. Errors name the
 * item and what would be accepted; `where` names the option or input.
 */
export function parseRunnerOverrides(items: string[], where: string): Partial<Record<RunnerKind, RunsOn>> {
  const out: Partial<Record<RunnerKind, RunsOn>> = {};
  for (const raw of items) {
    const item = raw.trim();
    const eq = item.indexOf('=');
    const kind = eq === -1 ? item : item.slice(0, eq).trim();
    if (eq === -1 || !isKind(kind)) {
      throw new UserError(
        `${where}: '${item}' is not KIND=LABEL with KIND one of ${RUNNER_KINDS.join(', ')} (e.g. linux-ppc64le=self-hosted,linux,ppc64le).`,
      );
    }
    const labels = item.slice(eq + 1).split(',').map((l) => l.trim());
    if (labels.length === 0 || labels.some((l) => !LABEL.test(l))) {
      throw new UserError(`${where}: '${item}' needs one or more runner labels after '=', separated by commas.`);
    }
    if (out[kind] !== undefined) throw new UserError(`${where}: ${kind} is given twice.`);
    out[kind] = labels.length === 1 ? labels[0]! : labels;
  }
  return out;
}

export function resolveRunners(overrides: Partial<Record<RunnerKind, RunsOn>> = {}): Runners {
  const runners: Runners = {};
  for (const kind of RUNNER_KINDS) {
    const given = overrides[kind];
    const hosted = HOSTED[kind];
    if (given !== undefined) runners[kind] = { kind, runsOn: given };
    else if (hosted) runners[kind] = { kind, runsOn: hosted.label, hosted };
  }
  return runners;
}

export function runsOnText(runsOn: RunsOn): string {
  return Array.isArray(runsOn) ? runsOn.join(', ') : runsOn;
}
