#!/usr/bin/env node
// Thin entry point: checks the Node version, then starts the bundled CLI (built by `npm run build`).
import { createRequire } from 'node:module';

// Checked before anything else loads, so an old Node gets a plain message rather than a stack trace.
const required = createRequire(import.meta.url)('../package.json').engines.node;
const [needMajor, needMinor] = required.match(/\d+/g).map(Number);
const [major, minor] = process.versions.node.split('.').map(Number);
if (major < needMajor || (major === needMajor && minor < needMinor)) {
  process.stderr.write(
    `csc-api needs Node.js ${needMajor}.${needMinor} or later; this is Node.js ${process.versions.node}.\n` +
      'Install a newer Node.js, or use the csc-api executable for Windows or Linux, which needs no Node.js.\n',
  );
  process.exitCode = 2;
} else {
  const { start } = await import('../dist/csc-api.js');
  await start();
}
