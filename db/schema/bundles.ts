import { index, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';

/** This installation's own key pairs (Ed25519 signing, X25519 encryption); the store's encryption protects them. */
export const orgKeys = sqliteTable(
  'org_keys',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    keyId: text('key_id').notNull(),
    orgCode: text('org_code').notNull(),
    signingPublic: text('signing_public').notNull(),
    signingPrivate: text('signing_private').notNull(),
    encryptionPublic: text('encryption_public').notNull(),
    encryptionPrivate: text('encryption_private').notNull(),
    createdAt: text('created_at').notNull(),
    retiredAt: text('retired_at'),
  },
  (t) => [uniqueIndex('org_keys_key_id').on(t.keyId)],
);

/**
 * 逐级授权: signed statements "issuer authorises subject's keys for a code scope". Held both
 * ways: those we issued to the level below, and those that make up our own chain upward.
 */
export const authorisations = sqliteTable(
  'authorisations',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    serial: text('serial').notNull(),
    issuerOrgCode: text('issuer_org_code').notNull(),
    issuerKeyId: text('issuer_key_id').notNull(),
    subjectOrgCode: text('subject_org_code').notNull(),
    subjectName: text('subject_name').notNull(),
    subjectKeyId: text('subject_key_id').notNull(),
    subjectSigningPublic: text('subject_signing_public').notNull(),
    subjectEncryptionPublic: text('subject_encryption_public').notNull(),
    /** The subject may speak for org codes equal to or under this code. */
    scope: text('scope').notNull(),
    validFrom: text('valid_from').notNull(),
    validUntil: text('valid_until'),
    /** The signed statement, canonical JSON, and its signature: verifiable on its own. */
    statement: text('statement').notNull(),
    signature: text('signature').notNull(),
    revokedAt: text('revoked_at'),
    revocationReason: text('revocation_reason'),
    receivedAt: text('received_at').notNull(),
  },
  (t) => [uniqueIndex('authorisations_serial').on(t.issuerOrgCode, t.serial), index('authorisations_subject').on(t.subjectOrgCode)],
);

/** Enrolment requests from the level below, waiting for the fingerprint check and approval. */
export const enrolments = sqliteTable(
  'enrolments',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    orgCode: text('org_code').notNull(),
    orgName: text('org_name').notNull(),
    signingPublic: text('signing_public').notNull(),
    encryptionPublic: text('encryption_public').notNull(),
    keyId: text('key_id').notNull(),
    status: text('status').notNull(),
    receivedAt: text('received_at').notNull(),
    decidedAt: text('decided_at'),
    note: text('note'),
  },
  (t) => [index('enrolments_org').on(t.orgCode)],
);

/** Per sender→recipient stream: the last sequence number and hash, advanced only after a commit. */
export const bundleStreams = sqliteTable(
  'bundle_streams',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    direction: text('direction').notNull(),
    senderOrgCode: text('sender_org_code').notNull(),
    recipientOrgCode: text('recipient_org_code').notNull(),
    lastSequence: integer('last_sequence').notNull(),
    lastHash: text('last_hash').notNull(),
    updatedAt: text('updated_at').notNull(),
  },
  (t) => [uniqueIndex('bundle_streams_unique').on(t.direction, t.senderOrgCode, t.recipientOrgCode)],
);

/** Every bundle made or taken in, with what it carried; a replayed bundle is found here. */
export const bundleLog = sqliteTable(
  'bundle_log',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    bundleId: text('bundle_id').notNull(),
    direction: text('direction').notNull(),
    kind: text('kind').notNull(),
    senderOrgCode: text('sender_org_code').notNull(),
    recipientOrgCode: text('recipient_org_code').notNull(),
    period: text('period'),
    sequence: integer('sequence').notNull(),
    fileHash: text('file_hash').notNull(),
    counts: text('counts'),
    at: text('at').notNull(),
    receiptFor: text('receipt_for'),
  },
  (t) => [uniqueIndex('bundle_log_unique').on(t.direction, t.bundleId), index('bundle_log_stream').on(t.senderOrgCode, t.recipientOrgCode)],
);

/**
 * What a level above holds of the levels below (分级维护): read-only rows by code, replaced
 * only by the owner's next bundle. `data` is the row as the owner sent it (canonical JSON).
 */
export const replicaRows = sqliteTable(
  'replica_rows',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    ownerOrgCode: text('owner_org_code').notNull(),
    entity: text('entity').notNull(),
    code: text('code').notNull(),
    data: text('data').notNull(),
    rowHash: text('row_hash').notNull(),
    /** Set when the owner sent a tombstone (with its reason code). */
    tombstone: text('tombstone'),
    bundleId: text('bundle_id').notNull(),
    updatedAt: text('updated_at').notNull(),
  },
  (t) => [uniqueIndex('replica_rows_unique').on(t.ownerOrgCode, t.entity, t.code), index('replica_rows_entity').on(t.entity, t.ownerOrgCode)],
);
