import { randomBytes } from 'node:crypto';

/**
 * The clock and the randomness of the bundle services, passed in so that tests can move
 * time past an authorisation's end and the test vectors can fix every random byte.
 */
export interface BundleDeps {
  now: () => Date;
  random: (bytes: number) => Buffer;
}

export const systemDeps: BundleDeps = { now: () => new Date(), random: (n) => randomBytes(n) };
