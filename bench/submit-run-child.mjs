// Runs one `csc-api` command from the npm package's bundle in this process, then writes its exit code,
// time and peak RSS as JSON to file descriptor 3. The submit benchmark starts it as a child process, so
// the figures describe the submitter as LAs run it: nothing else is loaded here (plain JavaScript, no
// TypeScript stripping), and the mock API and the benchmark's own data live in the parent. Runs in Node.
// Usage: node submit-run-child.mjs BUNDLE csc-api-arguments...
import { writeSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

const [bundle] = process.argv.splice(2, 1);
const start = performance.now();
const { start: startCli } = await import(pathToFileURL(bundle).href);
await startCli();
const ms = performance.now() - start;
writeSync(3, JSON.stringify({ code: process.exitCode, ms, maxRss: process.resourceUsage().maxRSS * 1024 }));
