/**
 * `entry_points.txt` as the entry points specification defines it and
 * warehouse checks it on upload (#20081): an INI file of groups, each line
 * `name = module:object [extras]`; in `console_scripts` and `gui_scripts` the
 * name becomes a file installers write, so only a bare name is accepted.
 */

/** The specification's object reference: `importable.module` or `importable.module:object.attr`, optional extras. */
const OBJECT_REFERENCE = /^[\p{L}\p{N}_.]+\s*(?::\s*[\p{L}\p{N}_.]+\s*)?(?:\[.*\]\s*)?$/u;
/** The pattern the specification recommends for names; for scripts, the only one accepted. */
const SCRIPT_NAME = /^[\p{L}\p{N}_.-]+$/u;
const SCRIPT_GROUPS = new Set(['console_scripts', 'gui_scripts']);

/** What is wrong with the file, one line each; empty when it is valid. */
export function entryPointErrors(text: string): string[] {
  const errors: string[] = [];
  const groups = new Set<string>();
  let group: string | undefined;
  let names = new Set<string>();
  const lines = text.split(/\r\n|\n|\r/);
  lines.forEach((raw, index) => {
    const where = `line ${index + 1}`;
    const line = raw.trim();
    if (line === '' || line.startsWith('#') || line.startsWith(';')) return;
    const section = /^\[(.*)\]$/.exec(line);
    if (section) {
      group = section[1].trim();
      if (group === '') errors.push(`${where}: an empty group name`);
      else if (groups.has(group)) errors.push(`${where}: the group [${group}] appears twice`);
      groups.add(group);
      names = new Set();
      return;
    }
    if (group === undefined) {
      errors.push(`${where}: ${JSON.stringify(line)} comes before any [group]`);
      return;
    }
    const eq = line.indexOf('=');
    if (eq === -1) {
      errors.push(`${where}: ${JSON.stringify(line)} is not "name = object reference"`);
      return;
    }
    const name = line.slice(0, eq).trim();
    const value = line.slice(eq + 1).trim();
    if (name === '' || name.startsWith('[')) errors.push(`${where}: an entry point needs a name`);
    else if (names.has(name)) errors.push(`${where}: ${name} is defined twice in [${group}]`);
    names.add(name);
    if (!OBJECT_REFERENCE.test(value)) errors.push(`${where}: ${JSON.stringify(value)} is not an object reference (module or module:attribute)`);
    if (SCRIPT_GROUPS.has(group) && name !== '' && !SCRIPT_NAME.test(name)) {
      errors.push(`${where}: the script name ${JSON.stringify(name)} in [${group}] is not a bare name (letters, digits, "_", "." and "-")`);
    }
  });
  return errors;
}
