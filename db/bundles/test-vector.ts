/**
 * The published test vector (docs/BUNDLE-FORMAT.md §9): every input fixed, every intermediate
 * value shown, so that another program can check its reader against ours. test-vectors.json
 * holds the values; vectors.test.ts recomputes them and checks the document embeds the same.
 */
import { keyPairsFromSeeds, x25519, x25519Public } from './crypto-suite';
import { parseContainer } from './container';
import { fingerprintOf, keyIdOf } from './fingerprint';
import type { BundleHeader, RepeatedIds } from './header';
import { payloadKey, payloadText, sealBundle, wrapKey } from './seal';

export interface VectorInputs {
  senderSigningSeed: string;
  senderEncryptionSeed: string;
  recipientSigningSeed: string;
  recipientEncryptionSeed: string;
  ephemeralPrivate: string;
  contentKey: string;
  ids: RepeatedIds;
  previousHash: string;
  app: BundleHeader['app'];
  body: Record<string, unknown>;
}

const hex = (s: string) => Buffer.from(s, 'hex');

export function computeVector(inputs: VectorInputs) {
  const sender = keyPairsFromSeeds(hex(inputs.senderSigningSeed), hex(inputs.senderEncryptionSeed));
  const recipient = keyPairsFromSeeds(hex(inputs.recipientSigningSeed), hex(inputs.recipientEncryptionSeed));
  const senderKeyId = keyIdOf(sender.signingPublic, sender.encryptionPublic);
  const recipientKeyId = keyIdOf(recipient.signingPublic, recipient.encryptionPublic);
  const ephemeralPublic = x25519Public(hex(inputs.ephemeralPrivate));
  const shared = x25519(hex(inputs.ephemeralPrivate), recipient.encryptionPublic);
  const recipientKey = { keyId: recipientKeyId, encryptionPublic: recipient.encryptionPublic };
  const { bytes, fileHash } = sealBundle({
    ids: inputs.ids,
    previousHash: inputs.previousHash,
    app: inputs.app,
    sender: { keyId: senderKeyId, signingPrivate: sender.signingPrivate },
    recipient: recipientKey,
    randomness: { ephemeralPrivate: hex(inputs.ephemeralPrivate), contentKey: hex(inputs.contentKey) },
    body: inputs.body,
  });
  const container = parseContainer(bytes);
  return {
    derived: {
      senderSigningPublic: sender.signingPublic.toString('hex'),
      senderEncryptionPublic: sender.encryptionPublic.toString('hex'),
      senderKeyId,
      senderFingerprint: fingerprintOf(sender.signingPublic, sender.encryptionPublic).join(' '),
      recipientEncryptionPublic: recipient.encryptionPublic.toString('hex'),
      recipientKeyId,
      ephemeralPublic: ephemeralPublic.toString('hex'),
      x25519Shared: shared.toString('hex'),
      wrapKey: wrapKey(shared, ephemeralPublic, recipientKey, inputs.ids.bundleId, senderKeyId).toString('hex'),
      payloadKey: payloadKey(hex(inputs.contentKey), inputs.ids.bundleId).toString('hex'),
      payloadCanonical: payloadText(inputs.ids, inputs.body),
    },
    expected: {
      headerJson: container.headerBytes.toString('utf8'),
      headerHex: container.headerBytes.toString('hex'),
      signatureHex: container.signature.toString('hex'),
      fileBytes: bytes.length,
      fileSha256: fileHash,
      fileHex: bytes.toString('hex'),
    },
  };
}
