// The commands `csc-api` offers, in the order `csc-api --help` lists them.
import type { Command } from '../command.ts';
import { doctorCommand } from './doctor/doctor-command.ts';
import { generateCommand } from './generate/generate-command.ts';
import { initDbCommand } from './init-db/init-db-command.ts';
import { mockApiCommand } from './mock-api/mock-api-command.ts';
import { runCommand } from './run/run-command.ts';
import { statusCommand } from './status/status-command.ts';
import { testEndpointCommand } from './test-endpoint/test-endpoint-command.ts';
import { validateCommand } from './validate/validate-command.ts';

export const commands: readonly Command[] = [
  runCommand,
  testEndpointCommand,
  statusCommand,
  doctorCommand,
  mockApiCommand,
  initDbCommand,
  validateCommand,
  generateCommand,
];
