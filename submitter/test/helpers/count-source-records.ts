// Reads every record of a snapshot through the file source and prints how many there were and the
// process's peak memory, as JSON. Started as a child process with a small heap by the large-snapshot test.
import { FileSource } from '../../src/source/file-source.ts';

let records = 0;
for await (const _ of new FileSource(process.argv[2] as string).records()) records += 1;
process.stdout.write(JSON.stringify({ records, peakRssMb: process.resourceUsage().maxRSS / 1024 }));
