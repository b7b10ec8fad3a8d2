/** Command lines and process output as logs and error messages show them. */

/** `https://user:secret@host/` → `https://***@host/`, wherever it appears in an argument. */
export function maskCredentials(arg: string): string {
  return arg.replace(/([a-z][a-z0-9+.-]*:\/\/)[^/@\s]+@/gi, '$1***@');
}

/** A command line for logs: masked, quoted where a shell would need it. */
export function formatCommand(file: string, args: readonly string[]): string {
  return [file, ...args].map((a) => quote(maskCredentials(a))).join(' ');
}

function quote(arg: string): string {
  if (arg === '') return "''";
  if (/^[\w@%+=:,./-]+$/.test(arg)) return arg;
  if (arg.includes('\n')) {
    const lines = arg.split('\n');
    // Embedded scripts start with a comment naming them; the name is what a log reader needs.
    if (lines[0].startsWith('#')) return `<${lines[0].replace(/^#\s*/, '')}: ${lines.length}-line script>`;
    // Anything else (a commit message) stays on one log line.
    return `$'${arg.replace(/\\/g, '\\\\').replace(/'/g, "\\'").replace(/\r/g, '\\r').replace(/\n/g, '\\n')}'`;
  }
  return `'${arg.replace(/'/g, "'\\''")}'`;
}

/** Enough of a failed command's output to act on, for error messages. */
export function tail(text: string, lines = 15): string {
  const all = text.trimEnd().split(/\r?\n/);
  return all.slice(-lines).join('\n');
}
