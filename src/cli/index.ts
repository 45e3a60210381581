// The CLI: run(argv, io) -> exit code. bin/jpai.js only wires the process to it, so tests run it in-process
// with fake streams. Everything commander prints goes through `io`; exit codes are decided here and in exit.ts.

import { Command, CommanderError } from 'commander';
import { COMMANDS, type CommandContext } from './commands.js';
import { CliError, EXIT, SIGNAL_EXIT } from './exit.js';
import { complain, Output, type CliIo } from './io.js';
import { readVersion } from './version.js';

export type { CliIo } from './io.js';
export { EXIT, SIGNAL_EXIT } from './exit.js';

const ABOUT = `Exit codes: 0 ok; 2 usage error, an input that could not be read, or an internal error; 130 interrupted (Ctrl-C).
Colour: only on a terminal; off with --no-color, NO_COLOR or TERM=dumb; forced with FORCE_COLOR.`;

/** The command the arguments ask for ("help extract" asks for extract's help), if it is one of ours. */
function targetOf(argv: readonly string[]): string | undefined {
  const words = argv.filter((a) => !a.startsWith('-'));
  const name = words[0] === 'help' ? words[1] : words[0];
  return COMMANDS.some((c) => c.name === name) ? name : undefined;
}

async function buildProgram(io: CliIo, ctx: CommandContext, target: string | undefined): Promise<Command> {
  const program = new Command('jpai')
    .description("A corpus analyzer for Japan's AI policy: agencies, laws, policies, funding figures and dates in articles.")
    .version(readVersion(), '-V, --version', 'print the version')
    .helpOption('-h, --help', 'show help')
    .exitOverride()
    .configureOutput({
      writeOut: (s) => ctx.out.write(s),
      writeErr: (s) => io.stderr.write(s),
      // Errors are worded and printed by failure() below, one line plus a hint.
      outputError: () => undefined,
      getOutHelpWidth: () => io.stdout.columns ?? 80,
      getErrHelpWidth: () => io.stderr.columns ?? 80,
      getOutHasColors: () => false,
      getErrHasColors: () => false,
    })
    .addHelpText('after', `\n${ABOUT}`);
  for (const entry of COMMANDS) {
    const command = program.command(entry.name).arguments(entry.args).description(entry.summary);
    // Only the command being run is loaded; the others are listed for --help.
    if (entry.name === target) (await entry.load()).register(command, ctx);
  }
  return program;
}

function helpHint(io: CliIo, target: string | undefined): void {
  complain(io, `run jpai ${target ? `${target} ` : ''}--help for usage`);
}

function failure(err: unknown, io: CliIo, target: string | undefined): number {
  if (err instanceof CommanderError) {
    if (err.code === 'commander.helpDisplayed' || err.code === 'commander.version') return EXIT.ok;
    // "jpai help <command>" (exit code 0), or no command at all (help printed to stderr: a usage error).
    if (err.code === 'commander.help') return err.exitCode === 0 ? EXIT.ok : EXIT.usage;
    complain(io, err.message.replace(/^error: /, '').replace(/\s*\n\s*/g, ' '));
    helpHint(io, target);
    return EXIT.usage;
  }
  if (err instanceof CliError) {
    complain(io, err.message);
    if (err.usage) helpHint(io, target);
    return err.usage ? EXIT.usage : EXIT.input;
  }
  const message = err instanceof Error ? err.message : String(err);
  complain(io, `internal error: ${message}; please report it, with the command you ran (JPAI_DEBUG=1 shows details)`);
  if (io.env.JPAI_DEBUG && io.env.JPAI_DEBUG !== '0' && err instanceof Error && err.stack) io.stderr.write(`${err.stack}\n`);
  return EXIT.internal;
}

export async function run(argv: readonly string[], io: CliIo): Promise<number> {
  const ctx: CommandContext = { io, out: new Output(io.stdout, io.signal), exitCode: EXIT.ok };
  const target = targetOf(argv);
  try {
    const program = await buildProgram(io, ctx, target);
    await program.parseAsync([...argv], { from: 'user' });
  } catch (err) {
    return failure(err, io, target);
  }
  if (ctx.out.failure) {
    complain(io, `cannot write the output (${ctx.out.failure.code ?? ctx.out.failure.message})`);
    return EXIT.input;
  }
  if (io.signal?.aborted) return SIGNAL_EXIT[String(io.signal.reason)] ?? SIGNAL_EXIT.SIGINT;
  return ctx.exitCode;
}
