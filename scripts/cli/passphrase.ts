/**
 * The passphrase: BRANCHDESK_PASSPHRASE for scripts, else a prompt on the terminal that does
 * not echo what is typed (raw mode, so neither the characters nor their count show; the
 * shell's history never sees it either, unlike a command-line option).
 */
import { stdin, stderr } from 'node:process';

export class NoPassphrase extends Error {}

export function readHidden(prompt: string): Promise<string> {
  if (!stdin.isTTY) return Promise.reject(new NoPassphrase('no terminal to ask on'));
  return new Promise((resolve, reject) => {
    stderr.write(prompt);
    let typed = '';
    stdin.setRawMode(true);
    stdin.resume();
    stdin.setEncoding('utf8');
    const done = (fn: () => void) => {
      stdin.setRawMode(false);
      stdin.pause();
      stdin.removeListener('data', onData);
      stderr.write('\n');
      fn();
    };
    const onData = (chunk: string) => {
      for (const ch of chunk) {
        if (ch === '\r' || ch === '\n') return done(() => resolve(typed));
        if (ch === '\u0003') return done(() => reject(new NoPassphrase('cancelled')));
        if (ch === '\u007f' || ch === '\b') typed = [...typed].slice(0, -1).join('');
        else typed += ch;
      }
    };
    stdin.on('data', onData);
  });
}

export async function passphraseFrom(env: NodeJS.ProcessEnv, ask: (prompt: string) => Promise<string>): Promise<string> {
  const fromEnv = env.BRANCHDESK_PASSPHRASE;
  if (fromEnv) return fromEnv;
  return ask('口令 / passphrase: ');
}
