/**
 * Wheel source templates: `s3://ray-wheels/releases/{version}/{commit}/` names
 * the prefix of one build, filled from the release's own facts. A placeholder
 * whose value was not given is an error that names the input to set; a
 * placeholder this suite does not know is an error too, so a typo never
 * reaches a listing as a literal `{comit}`. Brace groups that are not a single
 * name (`{a,b}`, as a local glob writes alternatives) are left alone.
 */
import { UserError } from '../../errors.js';

export interface TemplateValues {
  version?: string;
  /** The full 40-hex commit SHA. */
  commit?: string;
  tag?: string;
}

/** Each placeholder, the value it takes and the input that gives it. */
export const PLACEHOLDERS = {
  version: { input: 'version', value: (v: TemplateValues) => v.version },
  commit: { input: 'commit-sha', value: (v: TemplateValues) => v.commit },
  'short-commit': { input: 'commit-sha', value: (v: TemplateValues) => v.commit?.slice(0, 7) },
  tag: { input: 'tag', value: (v: TemplateValues) => v.tag },
} as const;

type Placeholder = keyof typeof PLACEHOLDERS;

const NAME_IN_BRACES = /\{([A-Za-z][A-Za-z0-9_-]*)\}/g;

export class TemplateError extends UserError {
  constructor(
    /** The input to fix: the one whose value is missing, or `source` for an unknown placeholder. */
    readonly input: string,
    /** What would be accepted, for an InputError at the edge. */
    readonly accepted: string,
  ) {
    super(`Input '${input}': ${accepted}.`);
    this.name = 'TemplateError';
  }
}

function isPlaceholder(name: string): name is Placeholder {
  return Object.prototype.hasOwnProperty.call(PLACEHOLDERS, name);
}

/** The source with every placeholder filled; a TemplateError for an unknown one or one without its value. */
export function fillSourceTemplate(source: string, values: TemplateValues): string {
  for (const m of source.matchAll(NAME_IN_BRACES)) {
    if (!isPlaceholder(m[1]!)) {
      throw new TemplateError(
        'source',
        `{${m[1]}} is not a placeholder; use {${Object.keys(PLACEHOLDERS).join('}, {')}} (filled from the version, commit-sha and tag inputs)`,
      );
    }
  }
  return source.replace(NAME_IN_BRACES, (_whole, name: Placeholder) => {
    const spec = PLACEHOLDERS[name];
    const value = spec.value(values);
    if (!value) {
      throw new TemplateError(spec.input, `source uses {${name}}, so give ${spec.input} (${HOW[spec.input]})`);
    }
    return value;
  });
}

const HOW: Record<string, string> = {
  version: 'the version being released, e.g. the bump job\'s version output',
  'commit-sha': 'the full commit SHA the wheels were built from, e.g. the bump job\'s commit-sha output',
  tag: 'the release tag, e.g. the bump job\'s tag output',
};
