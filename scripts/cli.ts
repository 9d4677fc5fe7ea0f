/**
 * `npm run cli -- …`: bundles and backups from the command line, for operators and scripts.
 * Usage, the passphrase rules and the exit codes: docs/BUNDLE-FORMAT.md §10 (and --help).
 */
import { parseCliArgs, USAGE } from './cli/args';
import { run } from './cli/commands';
import { EXIT } from './cli/exit-codes';
import { readHidden } from './cli/passphrase';

async function main(): Promise<number> {
  const parsed = parseCliArgs(process.argv.slice(2));
  if (!parsed.ok) {
    console.error(parsed.error);
    console.error(USAGE);
    return EXIT.usage;
  }
  return run(parsed.value, {
    out: (line) => console.log(line),
    err: (line) => console.error(line),
    env: process.env,
    ask: readHidden,
  });
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    console.error(e);
    process.exitCode = EXIT.other;
  },
);
