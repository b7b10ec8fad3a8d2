// Loaded with `node --require` (NODE_OPTIONS): plays a dependency that prints past the printer.
// When the action's process exits, writes LIBRARY_PRINTS to stdout (console.log, as a library's
// core.info or console output would) and to stderr, which the runner also reads for commands.
const text = process.env.LIBRARY_PRINTS;
if (text) {
  process.on('exit', () => {
    console.log(text);
    process.stderr.write(`${text}\n`);
  });
}
