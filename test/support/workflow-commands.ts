/**
 * What the GitHub runner does with an action's output: file commands
 * (GITHUB_OUTPUT, GITHUB_ENV, GITHUB_STATE, GITHUB_PATH) and workflow commands
 * on stdout/stderr (`::error file=a,line=1::message`). Follows the runner's
 * own parsers (actions/runner FileCommandManager.cs and ActionCommand.cs), so a
 * test sees what a workflow would see.
 */

export class FileCommandError extends Error {}

/**
 * Parses a GITHUB_OUTPUT / GITHUB_ENV / GITHUB_STATE file: `name=value` lines
 * and `name<<DELIM` heredocs closed by a line equal to DELIM. Later values win,
 * as in the runner. Throws FileCommandError where the runner would fail the step.
 */
export function parseKeyValueFile(text: string): Record<string, string> {
  const result: Record<string, string> = {};
  // The Linux runner splits on '\n' only; a '\r' stays in the value.
  const lines = text.split('\n');
  // A trailing newline produces a final empty element that is not a line.
  if (lines.length > 0 && lines[lines.length - 1] === '') lines.pop();
  let i = 0;
  while (i < lines.length) {
    const line = lines[i++];
    if (line === '') continue;
    const eq = line.indexOf('=');
    const heredoc = line.indexOf('<<');
    if (eq >= 0 && (heredoc < 0 || eq < heredoc)) {
      const key = line.slice(0, eq);
      if (key === '') throw new FileCommandError(`Invalid format '${line}'. Name must not be empty`);
      result[key] = line.slice(eq + 1);
    } else if (heredoc >= 0 && (eq < 0 || heredoc < eq)) {
      const key = line.slice(0, heredoc);
      const delim = line.slice(heredoc + 2);
      if (key === '' || delim === '') {
        throw new FileCommandError(`Invalid format '${line}'. Name must not be empty and delimiter must not be empty`);
      }
      const value: string[] = [];
      let closed = false;
      while (i < lines.length) {
        const l = lines[i++];
        if (l === delim) {
          closed = true;
          break;
        }
        value.push(l);
      }
      if (!closed) throw new FileCommandError(`Invalid value. Matching delimiter not found '${delim}'`);
      result[key] = value.join('\n');
    } else {
      throw new FileCommandError(`Invalid format '${line}'`);
    }
  }
  return result;
}

/** GITHUB_PATH: one directory per non-empty line, in the order written. */
export function parsePathFile(text: string): string[] {
  return text
    .split('\n')
    .map((l) => l.replace(/\r$/, ''))
    .filter((l) => l.trim() !== '');
}

export interface WorkflowCommand {
  command: string;
  properties: Record<string, string>;
  data: string;
}

const COMMANDS = new Set([
  'add-mask', 'add-matcher', 'add-path', 'debug', 'echo', 'endgroup', 'error', 'group',
  'notice', 'remove-matcher', 'save-state', 'set-env', 'set-output', 'stop-commands', 'warning',
]);

/**
 * Undoes @actions/core's escaping in one pass, so an escaped '%' never starts
 * a second escape ('%253A' becomes '%3A', not ':').
 */
export function unescapeCommandValue(s: string): string {
  return s.replace(/%(25|0D|0A|3A|2C)/gi, (_, code: string) => {
    switch (code.toUpperCase()) {
      case '25': return '%';
      case '0D': return '\r';
      case '0A': return '\n';
      case '3A': return ':';
      default: return ',';
    }
  });
}

/** The legacy form's escaping (ActionCommand.Unescape): %3B, %0D, %0A, %5D, %25, replaced in that order. */
function unescapeLegacy(s: string): string {
  return s.replace(/%3B/g, ';').replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%5D/g, ']').replace(/%25/g, '%');
}

/**
 * One output line as the runner reads it; undefined when it is not a command.
 * As ActionCommandManager does: the `::command::` form at the line's start
 * (after leading whitespace), else the legacy `##[command]` form anywhere in
 * the line. `registered` is the runner's set of command names (plus the
 * stop token while commands are stopped).
 */
export function parseCommandLine(line: string, registered: ReadonlySet<string> = COMMANDS): WorkflowCommand | undefined {
  return parseV2(line, registered) ?? parseLegacy(line, registered);
}

function parseV2(line: string, registered: ReadonlySet<string>): WorkflowCommand | undefined {
  const message = line.trimStart();
  if (!message.startsWith('::')) return undefined;
  const end = message.indexOf('::', 2);
  if (end < 0) return undefined;
  const info = message.slice(2, end);
  const space = info.indexOf(' ');
  const command = space < 0 ? info : info.slice(0, space);
  if (!registered.has(command)) return undefined;
  const properties: Record<string, string> = {};
  if (space > 0) {
    for (const prop of info.slice(space + 1).trim().split(',')) {
      if (prop === '') continue;
      const eq = prop.indexOf('=');
      if (eq <= 0 || eq === prop.length - 1) continue;
      properties[prop.slice(0, eq)] = unescapeCommandValue(prop.slice(eq + 1));
    }
  }
  return { command, properties, data: unescapeCommandValue(message.slice(end + 2)) };
}

function parseLegacy(line: string, registered: ReadonlySet<string>): WorkflowCommand | undefined {
  const start = line.indexOf('##[');
  if (start < 0) return undefined;
  const rb = line.indexOf(']', start);
  if (rb < 0) return undefined;
  const info = line.slice(start + 3, rb);
  const space = info.indexOf(' ');
  const command = space < 0 ? info : info.slice(0, space);
  if (!registered.has(command)) return undefined;
  const properties: Record<string, string> = {};
  if (space > 0) {
    for (const prop of info.slice(space + 1).split(';')) {
      const eq = prop.indexOf('=');
      if (eq <= 0 || eq === prop.length - 1) continue;
      properties[prop.slice(0, eq)] = unescapeLegacy(prop.slice(eq + 1));
    }
  }
  return { command, properties, data: unescapeLegacy(line.slice(rb + 1)) };
}

export interface Annotation {
  level: 'error' | 'warning' | 'notice';
  message: string;
  properties: Record<string, string>;
}

/**
 * Reads output lines (stdout and stderr interleaved in arrival order, as the
 * runner does) and keeps what the runner would: commands, annotations, masks,
 * and the log a user would see, with registered secrets replaced by '***'.
 */
export class CommandProcessor {
  readonly commands: WorkflowCommand[] = [];
  readonly annotations: Annotation[] = [];
  readonly masks: string[] = [];
  readonly legacyOutputs: Record<string, string> = {};
  readonly legacyState: Record<string, string> = {};
  /** Messages the runner itself adds (deprecations), kept apart from the action's own. */
  readonly runnerWarnings: string[] = [];
  readonly logLines: string[] = [];
  /** Stop tokens whose resume line came. */
  readonly resumed: string[] = [];
  private stopToken: string | undefined;

  /** The token commands are stopped with at the end of the output, if they are. */
  get stoppedBy(): string | undefined {
    return this.stopToken;
  }

  line(raw: string): void {
    const text = raw.replace(/\r$/, '');
    if (this.stopToken !== undefined) {
      // Only a command named by the token (either form) resumes; nothing else runs meanwhile.
      const resume = parseCommandLine(text, new Set([this.stopToken]));
      if (resume && resume.command === this.stopToken) {
        this.stopToken = undefined;
        this.resumed.push(resume.command);
        return;
      }
      this.logLines.push(this.mask(text));
      return;
    }
    const cmd = parseCommandLine(text);
    if (!cmd) {
      this.logLines.push(this.mask(text));
      return;
    }
    this.commands.push(cmd);
    switch (cmd.command) {
      case 'add-mask':
        if (cmd.data.trim() !== '') this.masks.push(cmd.data);
        return; // the runner never prints it
      case 'error':
      case 'warning':
      case 'notice':
        this.annotations.push({ level: cmd.command, message: cmd.data, properties: cmd.properties });
        this.logLines.push(this.mask(`${cmd.command[0].toUpperCase()}${cmd.command.slice(1)}: ${cmd.data}`));
        return;
      case 'stop-commands':
        this.stopToken = cmd.data;
        return;
      case 'set-output':
        if (cmd.properties.name) this.legacyOutputs[cmd.properties.name] = cmd.data;
        this.runnerWarnings.push('The `set-output` command is deprecated and will be disabled soon. Please upgrade to using Environment Files.');
        return;
      case 'save-state':
        if (cmd.properties.name) this.legacyState[cmd.properties.name] = cmd.data;
        this.runnerWarnings.push('The `save-state` command is deprecated and will be disabled soon. Please upgrade to using Environment Files.');
        return;
      case 'set-env':
      case 'add-path':
        this.annotations.push({
          level: 'error',
          message: `The \`${cmd.command}\` command is disabled. Please upgrade to using Environment Files or opt into unsecure command execution by setting the \`ACTIONS_ALLOW_UNSECURE_COMMANDS\` environment variable to \`true\`.`,
          properties: {},
        });
        return;
      default:
        if (cmd.command === 'debug') this.logLines.push(this.mask(`##[debug]${cmd.data}`));
        if (cmd.command === 'group') this.logLines.push(this.mask(`##[group]${cmd.data}`));
        if (cmd.command === 'endgroup') this.logLines.push('##[endgroup]');
    }
  }

  private mask(text: string): string {
    let out = text;
    // Longest first, so a secret containing another is masked whole.
    for (const m of [...this.masks].sort((a, b) => b.length - a.length)) out = out.split(m).join('***');
    return out;
  }

  messages(level: Annotation['level']): string[] {
    return this.annotations.filter((a) => a.level === level).map((a) => a.message);
  }
}

/**
 * Splits a byte stream into lines as they arrive, as the runner's
 * StreamReader.ReadLine does: LF, CR and CRLF each end a line (a bare CR too).
 * `end()` flushes the last partial line.
 */
export class LineSplitter {
  private buffer = '';
  constructor(private readonly onLine: (line: string) => void) {}
  push(chunk: string): void {
    this.buffer += chunk;
    for (;;) {
      const m = /\r\n|\r|\n/.exec(this.buffer);
      if (!m) return;
      // A CR at the very end may be the first half of a CRLF still on its way.
      if (m[0] === '\r' && m.index === this.buffer.length - 1) return;
      this.onLine(this.buffer.slice(0, m.index));
      this.buffer = this.buffer.slice(m.index + m[0].length);
    }
  }
  end(): void {
    if (this.buffer.endsWith('\r')) this.buffer = this.buffer.slice(0, -1);
    if (this.buffer !== '') this.onLine(this.buffer);
    this.buffer = '';
  }
}

/** Commands this suite never issues: a workflow that sees one ran text it did not write as a command. */
const NEVER_OURS = new Set(['set-output', 'set-env', 'add-path', 'save-state', 'echo', 'add-matcher', 'remove-matcher', 'notice']);

/**
 * The commands in a run's output that the action did not issue itself, for
 * tests that feed it hostile text marked with `marker`: commands the suite
 * never uses, a stop-commands that is not the printer's (a fresh 32-hex token,
 * resumed before the end), and annotations, masks, debug lines or groups
 * whose text starts with the marker (the action's own carry such text only
 * after their own words).
 */
export function foreignCommands(commands: WorkflowCommand[], resumed: string[], marker: string): WorkflowCommand[] {
  return commands.filter((c) => {
    if (NEVER_OURS.has(c.command)) return true;
    if (c.command === 'stop-commands') return !/^[0-9a-f]{32}$/.test(c.data) || !resumed.includes(c.data);
    return c.data.trimStart().startsWith(marker) || Object.values(c.properties).some((v) => v.includes(marker));
  });
}
