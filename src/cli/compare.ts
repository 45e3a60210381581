// jpai compare: being built (see the issue tracker); the registry entry exists so its owner can fill this in.

import type { Command } from 'commander';
import type { CommandContext } from './commands.js';
import { CliError } from './exit.js';

export function register(command: Command, _ctx: CommandContext): void {
  command.action(() => {
    throw new CliError('jpai compare is not available in this build yet');
  });
}
