import { sql } from 'drizzle-orm';
import { integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';

/** Facts about this database itself: which app made it, its id (matched against the keyring). */
export const meta = sqliteTable('meta', {
  key: text('key').primaryKey(),
  value: text('value').notNull(),
});

/**
 * Organisations by their stable code (统一编码). The row with is_self = 1 is the organisation
 * this installation maintains; the others are the level above and, later, read-only replicas
 * of the levels below.
 */
export const organisations = sqliteTable(
  'organisations',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    code: text('code').notNull(),
    name: text('name').notNull(),
    kind: text('kind').notNull(),
    category: text('category'),
    parentCode: text('parent_code'),
    parentName: text('parent_name'),
    secretaryName: text('secretary_name'),
    contactPhone: text('contact_phone'),
    address: text('address'),
    isSelf: integer('is_self', { mode: 'boolean' }).notNull().default(false),
    createdAt: text('created_at').notNull(),
    updatedAt: text('updated_at').notNull(),
  },
  (t) => [
    uniqueIndex('organisations_code_unique').on(t.code),
    // At most one organisation is "us".
    uniqueIndex('organisations_one_self').on(t.isSelf).where(sql`${t.isSelf} = 1`),
  ],
);

/**
 * Append-only, hash-chained record of every mutation (who, when, what, before/after).
 * hash = SHA-256 over the canonical JSON of the row's fields and prev_hash; see db/audit.
 */
export const auditLog = sqliteTable('audit_log', {
  seq: integer('seq').primaryKey(),
  at: text('at').notNull(),
  actor: text('actor').notNull(),
  op: text('op').notNull(),
  entity: text('entity').notNull(),
  entityCode: text('entity_code'),
  before: text('before'),
  after: text('after'),
  prevHash: text('prev_hash').notNull(),
  hash: text('hash').notNull(),
});
