#!/usr/bin/env node
// Thin entry point: everything else lives in the bundled CLI (built by `npm run build`).

// node:sqlite announces itself as experimental on every start; the API csc-api uses is settled, and the
// notice would alarm people reading scheduled-task logs. Other warnings still print.
const emitWarning = process.emitWarning;
process.emitWarning = (warning, ...rest) => {
  if (String(warning).includes('SQLite is an experimental feature')) return;
  emitWarning.call(process, warning, ...rest);
};

const { main } = await import('../dist/cli.js');
process.exitCode = await main(process.argv.slice(2));
