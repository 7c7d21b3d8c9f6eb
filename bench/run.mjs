// Runs every bench/*-bench.* file, one at a time, each in its own process under the Node that runs this
// script (the project's pinned Node when started by `npm run bench`). Runs in Node.
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const dir = fileURLToPath(new URL('.', import.meta.url));
const benches = readdirSync(dir)
  .filter((name) => /-bench\.(m?js|ts)$/.test(name))
  .sort();
if (benches.length === 0) {
  process.stdout.write('No bench/*-bench.* files found.\n');
}
let failed = 0;
for (const name of benches) {
  process.stdout.write(`\n== ${name} (Node ${process.version})\n`);
  const result = spawnSync(process.execPath, ['--expose-gc', '--max-old-space-size=6144', `${dir}${name}`], {
    stdio: 'inherit',
  });
  if (result.status !== 0) {
    failed++;
    process.stdout.write(`${name} exited with ${result.status ?? result.signal}\n`);
  }
}
process.exitCode = failed > 0 ? 1 : 0;
