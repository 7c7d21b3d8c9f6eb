// The commands `csc-api` offers, in the order `csc-api --help` lists them.
import type { Command } from '../command.ts';

export const commands: readonly Command[] = [];
