import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseContainer, signatureMessage } from './container';
import { keyPairsFromSeeds, verifyBytes } from './crypto-suite';
import { keyIdOf } from './fingerprint';
import { openBundleBody, payloadText } from './seal';
import { computeVector, type VectorInputs } from './test-vector';
import vectorFile from './test-vectors.json' with { type: 'json' };

const vector = vectorFile as unknown as { inputs: VectorInputs; derived: Record<string, string>; expected: Record<string, string | number> };
const doc = readFileSync(join(import.meta.dirname, '..', '..', 'docs', 'BUNDLE-FORMAT.md'), 'utf8');

describe('test vector', () => {
  it('recomputes every derived and expected value from the fixed inputs', () => {
    const again = computeVector(vector.inputs);
    expect(again.derived).toEqual(vector.derived);
    expect(again.expected).toEqual(vector.expected);
  });

  it('is the vector printed in docs/BUNDLE-FORMAT.md, byte for byte', () => {
    const m = /<!-- test-vector:begin -->\s*```json\n([\s\S]*?)```\s*<!-- test-vector:end -->/.exec(doc);
    expect(m, 'the document embeds the vector between its markers').not.toBeNull();
    expect(JSON.parse(m![1]!)).toEqual(vectorFile);
    // The values a reader is told to compare are spelt out in the prose as well.
    for (const key of ['fileSha256', 'signatureHex'] as const) expect(doc).toContain(String(vector.expected[key]));
  });

  it('opens as a reader would: verify the signature, unwrap with the recipient key, get the NFC payload back', () => {
    const bytes = Buffer.from(String(vector.expected.fileHex), 'hex');
    const container = parseContainer(bytes);
    expect(container.fileHash).toBe(vector.expected.fileSha256);
    const sender = keyPairsFromSeeds(Buffer.from(vector.inputs.senderSigningSeed, 'hex'), Buffer.from(vector.inputs.senderEncryptionSeed, 'hex'));
    expect(verifyBytes(sender.signingPublic, signatureMessage(container.signed), container.signature)).toBe(true);
    const recipient = keyPairsFromSeeds(Buffer.from(vector.inputs.recipientSigningSeed, 'hex'), Buffer.from(vector.inputs.recipientEncryptionSeed, 'hex'));
    const body = openBundleBody(container, { ...recipient, keyId: keyIdOf(recipient.signingPublic, recipient.encryptionPublic) });
    expect(payloadText(vector.inputs.ids, body)).toBe(vector.derived.payloadCanonical);
    // The input's "e + combining acute" arrives as the single code point é (NFC).
    expect(vector.derived.payloadCanonical).toContain('Caf\u00e9');
    expect(vector.derived.payloadCanonical).not.toContain('e\u0301');
  });
});
