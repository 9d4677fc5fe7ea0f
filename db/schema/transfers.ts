import { index, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';

/**
 * 组织关系介绍信 (三联: 存根, 介绍信, 回执), out and in. A letter out keeps the member on
 * the roster until the transfer is confirmed; confirming records the 转出 member event.
 */
export const transferLetters = sqliteTable(
  'transfer_letters',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    direction: text('direction').notNull(),
    /** 第 号: numbered by year for letters out; the sender's number for letters in. */
    number: text('number').notNull(),
    memberCode: text('member_code'),
    memberName: text('member_name').notNull(),
    /** 抬头: to whom the letter is addressed. */
    addressee: text('addressee'),
    fromOrg: text('from_org').notNull(),
    toOrg: text('to_org').notNull(),
    memberType: text('member_type').notNull(),
    /** 党费已交到: 'YYYY-MM'. */
    duesPaidTo: text('dues_paid_to'),
    validDays: integer('valid_days'),
    issuedOn: text('issued_on').notNull(),
    status: text('status').notNull(),
    receiptReturnedOn: text('receipt_returned_on'),
    receiptHandler: text('receipt_handler'),
    confirmedOn: text('confirmed_on'),
    note: text('note'),
    version: integer('version').notNull().default(1),
    createdAt: text('created_at').notNull(),
    updatedAt: text('updated_at').notNull(),
  },
  (t) => [uniqueIndex('transfer_letters_number').on(t.direction, t.number), index('transfer_letters_member').on(t.memberCode)],
);

/** 流动党员: going out (with the 流动党员活动证) and coming back, or arriving from elsewhere. */
export const flowRecords = sqliteTable(
  'flow_records',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    direction: text('direction').notNull(),
    memberCode: text('member_code'),
    name: text('name').notNull(),
    /** 外出流向 or where an incoming member comes from. */
    place: text('place').notNull(),
    activityCardNo: text('activity_card_no'),
    contact: text('contact'),
    startedOn: text('started_on').notNull(),
    endedOn: text('ended_on'),
    note: text('note'),
    createdAt: text('created_at').notNull(),
    updatedAt: text('updated_at').notNull(),
  },
  (t) => [index('flow_records_member').on(t.memberCode)],
);
