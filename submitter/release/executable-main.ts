// The entry point of the single-file executables: the same start() as the npm package's bin script.
// Bundled as CommonJS, which has no top-level await. Runs in Node, inside the executable.
import { start } from '../src/start.ts';

void start();
