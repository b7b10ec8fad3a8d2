/**
 * The Python this project runs inside interpreters (`python -c SCRIPT`),
 * kept as .py files beside this module so that they are Python to read,
 * lint and compile (test/unit/python/scripts.test.ts compiles each under 2.7
 * and 3.x).
 *
 * Each file is read through a literal `new URL('./x.py', import.meta.url)`:
 * from src/ under jest, from lib/ after tsc (scripts/build.mjs copies the .py
 * files there), and in a bundle from the copy ncc puts beside index.js (ncc
 * recognises only this literal form, so a name built at run time would break
 * the bundles).
 */
import { readFileSync } from 'node:fs';

const read = (url: URL): string => readFileSync(url, 'utf8');

const SOURCES = {
  copy_distributions: () => read(new URL('./copy_distributions.py', import.meta.url)),
  inspect_installed: () => read(new URL('./inspect_installed.py', import.meta.url)),
  interpreter_facts: () => read(new URL('./interpreter_facts.py', import.meta.url)),
  pip_from_wheel: () => read(new URL('./pip_from_wheel.py', import.meta.url)),
  pip_runner: () => read(new URL('./pip_runner.py', import.meta.url)),
  probe: () => read(new URL('./probe.py', import.meta.url)),
  render_description: () => read(new URL('./render_description.py', import.meta.url)),
  sitecustomize: () => read(new URL('./sitecustomize.py', import.meta.url)),
} as const;

export type ScriptName = keyof typeof SOURCES;
export const SCRIPT_NAMES = Object.keys(SOURCES) as ScriptName[];

const cache = new Map<ScriptName, string>();

/** The text of src/python/scripts/<name>.py. */
export function pythonScript(name: ScriptName): string {
  let text = cache.get(name);
  if (text === undefined) {
    text = SOURCES[name]();
    cache.set(name, text);
  }
  return text;
}

/** `name` with `prologue` put after its leading comment lines (the first names the script in logs). */
export function withPrologue(name: ScriptName, prologue: ScriptName): string {
  const lines = pythonScript(name).split('\n');
  const at = lines.findIndex((l) => !l.startsWith('#'));
  return [...lines.slice(0, at), pythonScript(prologue).trimEnd(), ...lines.slice(at)].join('\n');
}

/**
 * A template's text with each `NAME = None` line given a value. JSON strings
 * and lists are Python literals too; a name the template lacks is a bug here,
 * so it throws.
 */
export function fillTemplate(name: ScriptName, values: Record<string, unknown>): string {
  let text = pythonScript(name);
  for (const [key, value] of Object.entries(values)) {
    const line = `\n${key} = None\n`;
    if (text.split(line).length !== 2) throw new Error(`${name}.py has no single "${key} = None" line to fill in.`);
    text = text.replace(line, () => `\n${key} = ${JSON.stringify(value)}\n`); // a function: "$&" in a path stays as it is
  }
  return text;
}

/** The last `marker`-prefixed line of a script's stdout, parsed as JSON. */
export function markedJson<T>(stdout: string, marker: string): T | undefined {
  const lines = stdout.split(/\r?\n/);
  for (let i = lines.length - 1; i >= 0; i--) {
    if (lines[i].startsWith(marker)) {
      try {
        return JSON.parse(lines[i].slice(marker.length)) as T;
      } catch {
        return undefined;
      }
    }
  }
  return undefined;
}
