import { UserError } from '../../errors.js';
import { parseDuration, parseSize } from '../../units.js';

/**
 * Reading action inputs into typed values. Each action declares its inputs
 * once (name → default) in its settings module; a test checks that table
 * against the action's action.yml so the two cannot drift.
 */

export interface InputSpec {
  /** The action.yml default, used when the runner passes an empty value. */
  default?: string;
  /** Defaults that action.yml writes as expressions, resolved from the environment instead. */
  github?: 'repository' | 'token';
}
export type InputSpecs = Record<string, InputSpec>;

/** A bad input: the message names the input, what was given and what is accepted. */
export class InputError extends UserError {
  constructor(
    readonly input: string,
    accepted: string,
    given?: string,
  ) {
    super(
      given === undefined || given === ''
        ? `Input '${input}' is required: ${accepted}.`
        : `Input '${input}' is invalid: got ${JSON.stringify(given)}; ${accepted}.`,
    );
    this.name = 'InputError';
  }
}

/** The runner's naming: INPUT_ + upper case, spaces to underscores, hyphens kept. */
export function inputEnvName(name: string): string {
  return `INPUT_${name.replace(/ /g, '_').toUpperCase()}`;
}

const TRUE = ['true', 'True', 'TRUE'];
const FALSE = ['false', 'False', 'FALSE'];

export class Inputs {
  constructor(
    private readonly specs: InputSpecs,
    private readonly env: NodeJS.ProcessEnv = process.env,
  ) {}

  /** The raw value with the action's default applied; '' when there is none. */
  raw(name: string): string {
    const spec = this.specs[name];
    if (!spec) throw new Error(`internal: input '${name}' is not declared`);
    const given = (this.env[inputEnvName(name)] ?? '').trim();
    if (given !== '') return given;
    if (spec.github === 'repository') return this.env.GITHUB_REPOSITORY ?? '';
    if (spec.github === 'token') return this.env.GITHUB_TOKEN ?? '';
    return spec.default ?? '';
  }

  optional(name: string): string | undefined {
    const v = this.raw(name);
    return v === '' ? undefined : v;
  }

  required(name: string, accepted: string): string {
    const v = this.raw(name);
    if (v === '') throw new InputError(name, accepted);
    return v;
  }

  boolean(name: string): boolean {
    const v = this.raw(name);
    if (TRUE.includes(v)) return true;
    if (FALSE.includes(v)) return false;
    throw new InputError(name, 'use true or false', v);
  }

  /** true, false, or auto (the action decides from what it knows); `accepted` says what auto means. */
  booleanOrAuto(name: string, accepted: string): 'auto' | 'true' | 'false' {
    const v = this.raw(name);
    if (v === 'auto') return 'auto';
    if (TRUE.includes(v)) return 'true';
    if (FALSE.includes(v)) return 'false';
    throw new InputError(name, accepted, v);
  }

  choice<T extends string>(name: string, choices: readonly T[]): T {
    const v = this.raw(name);
    if ((choices as readonly string[]).includes(v)) return v as T;
    throw new InputError(name, `use one of ${choices.join(', ')}`, v);
  }

  optionalChoice<T extends string>(name: string, choices: readonly T[]): T | undefined {
    return this.raw(name) === '' ? undefined : this.choice(name, choices);
  }

  integer(name: string, range: { min: number; max: number }): number {
    const v = this.raw(name);
    if (!/^\d+$/.test(v) || Number(v) < range.min || Number(v) > range.max) {
      throw new InputError(name, `use a whole number from ${range.min} to ${range.max}`, v);
    }
    return Number(v);
  }

  optionalInteger(name: string, range: { min: number; max: number }): number | undefined {
    return this.raw(name) === '' ? undefined : this.integer(name, range);
  }

  /** Seconds, from `900`, `30s`, `15m`, `2h` or `1h30m`. */
  duration(name: string): number {
    const v = this.raw(name);
    const seconds = parseDuration(v);
    if (seconds === undefined) {
      throw new InputError(name, 'use seconds (900) or a duration such as 30s, 15m, 2h or 1h30m', v);
    }
    return seconds;
  }

  /** Bytes, from `1048576`, `100M`, `20G` (binary units). */
  size(name: string): number {
    const v = this.raw(name);
    const bytes = parseSize(v);
    if (bytes === undefined) throw new InputError(name, 'use a number of bytes, optionally with K, M, G or T (e.g. 100M)', v);
    return bytes;
  }

  /** One item per line; blank lines and # comments dropped. */
  lines(name: string): string[] {
    return this.raw(name)
      .split(/\r?\n/)
      .map((l) => l.trim())
      .filter((l) => l !== '' && !l.startsWith('#'));
  }

  /** Items separated by spaces, commas or newlines. */
  words(name: string): string[] {
    return this.raw(name)
      .split(/[\s,]+/)
      .filter((w) => w !== '');
  }

  repository(name: string): { owner: string; repo: string } {
    const v = this.raw(name);
    const m = /^([A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)\/([A-Za-z0-9._-]+)$/.exec(v);
    if (!m) throw new InputError(name, 'use owner/name, e.g. ray-project/ray', v);
    return { owner: m[1]!, repo: m[2]! };
  }

  url(name: string): URL | undefined {
    const v = this.raw(name);
    if (v === '') return undefined;
    return parseHttpUrl(name, v);
  }
}

export function parseHttpUrl(input: string, value: string): URL {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new InputError(input, 'use an absolute http(s) URL', value);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new InputError(input, 'use an absolute http(s) URL', value);
  }
  return url;
}
