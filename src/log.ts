/**
 * How domain code reports progress. The actions adapt it to @actions/core,
 * the CLI to the terminal, tests to an array, so the domain never depends on
 * the runner.
 */
export interface Logger {
  info(message: string): void;
  warning(message: string): void;
  error(message: string): void;
  debug(message: string): void;
}

/** A logger that keeps every line, for tests and for reports built afterwards. */
export class MemoryLogger implements Logger {
  readonly lines: { level: 'info' | 'warning' | 'error' | 'debug'; message: string }[] = [];
  info(message: string): void { this.lines.push({ level: 'info', message }); }
  warning(message: string): void { this.lines.push({ level: 'warning', message }); }
  error(message: string): void { this.lines.push({ level: 'error', message }); }
  debug(message: string): void { this.lines.push({ level: 'debug', message }); }
  text(): string { return this.lines.map((l) => `${l.level}: ${l.message}`).join('\n'); }
}

/** Discards everything; for callers that do not care. */
export const silentLogger: Logger = {
  info() {},
  warning() {},
  error() {},
  debug() {},
};
