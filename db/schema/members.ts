import { sql } from 'drizzle-orm';
import { index, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';

/**
 * 党员: the record of a person on the roster (or who has left it). Rows are never deleted:
 * leaving is a member event, and the row stays for history and statistics. The columns
 * `membership`, `member_type` and `left_kind` are the result of the events, kept here so
 * that the current roster is one indexed read; the events are the truth (roster at a date).
 */
export const members = sqliteTable(
  'members',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    /** 统一编码: org code + sequence, assigned once, never reused. */
    code: text('code').notNull(),
    orgCode: text('org_code').notNull(),
    name: text('name').notNull(),
    namePinyin: text('name_pinyin').notNull(),
    nameInitials: text('name_initials').notNull(),
    gender: text('gender').notNull(),
    ethnicity: text('ethnicity'),
    idNumber: text('id_number'),
    birthDate: text('birth_date'),
    education: text('education'),
    degree: text('degree'),
    occupation: text('occupation'),
    workPost: text('work_post'),
    nativePlace: text('native_place'),
    workStartDate: text('work_start_date'),
    mobile: text('mobile'),
    landline: text('landline'),
    address: text('address'),
    groupCode: text('group_code'),
    partyPost: text('party_post'),
    introducers: text('introducers'),
    applicationDate: text('application_date'),
    activistDate: text('activist_date'),
    candidateDate: text('candidate_date'),
    /** 入党日期: the 支部大会 date that admitted the person as 预备党员. */
    joinDate: text('join_date'),
    /** 转正日期: 党龄 counts from here. */
    fullDate: text('full_date'),
    partyAgeAdjustMonths: integer('party_age_adjust_months').notNull().default(0),
    standing: text('standing').notNull().default('normal'),
    lostContact: integer('lost_contact', { mode: 'boolean' }).notNull().default(false),
    lostContactDate: text('lost_contact_date'),
    lostContactReason: text('lost_contact_reason'),
    mobileMember: integer('mobile_member', { mode: 'boolean' }).notNull().default(false),
    mobileDestination: text('mobile_destination'),
    notes: text('notes'),
    membership: text('membership').notNull().default('active'),
    memberType: text('member_type').notNull(),
    leftKind: text('left_kind'),
    leftDate: text('left_date'),
    createdAt: text('created_at').notNull(),
    updatedAt: text('updated_at').notNull(),
    /** Optimistic concurrency: an edit based on an old copy is refused, not silently merged. */
    version: integer('version').notNull().default(1),
  },
  (t) => [
    uniqueIndex('members_code_unique').on(t.code),
    uniqueIndex('members_id_number_unique').on(t.idNumber).where(sql`${t.idNumber} IS NOT NULL`),
    // Covering (key, membership, code): a pinyin search counts and orders its hits from the
    // index alone, without reading the (encrypted) rows of thousands of 王/张/李.
    index('members_pinyin_cover').on(t.namePinyin, t.membership, t.code),
    index('members_initials_cover').on(t.nameInitials, t.membership, t.code),
    index('members_name').on(t.name),
    index('members_membership').on(t.membership, t.memberType),
    index('members_group').on(t.groupCode),
  ],
);

/**
 * Membership events (发展, 转正, 转入, 转出, 死亡, 出党, 停止党籍, 恢复, 流动, 失联, 导入 …).
 * Append-only: a mistaken event is cancelled by a correction event, never erased.
 */
export const memberEvents = sqliteTable(
  'member_events',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    memberCode: text('member_code').notNull(),
    kind: text('kind').notNull(),
    /** Sub-kind, e.g. the 出党 type or the 转入 letter's origin kind. */
    detail: text('detail'),
    date: text('date').notNull(),
    /** Free data of the event (letter number, origin, reason), canonical JSON. */
    data: text('data'),
    /** Set when a later correction cancelled this event; the row itself stays. */
    cancelledBy: integer('cancelled_by'),
    recordedAt: text('recorded_at').notNull(),
    recordedBy: text('recorded_by').notNull(),
  },
  (t) => [index('member_events_member').on(t.memberCode, t.date), index('member_events_kind_date').on(t.kind, t.date)],
);

/** 党小组 with its leader. */
export const partyGroups = sqliteTable(
  'party_groups',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    code: text('code').notNull(),
    name: text('name').notNull(),
    leaderCode: text('leader_code'),
    sortOrder: integer('sort_order').notNull().default(0),
    archived: integer('archived', { mode: 'boolean' }).notNull().default(false),
    createdAt: text('created_at').notNull(),
    updatedAt: text('updated_at').notNull(),
  },
  (t) => [uniqueIndex('party_groups_code_unique').on(t.code)],
);

/** 支部委员会 terms: who held which post from when to when; the next 换届 is due from term_start. */
export const committeeTerms = sqliteTable('committee_terms', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  termStart: text('term_start').notNull(),
  termYears: integer('term_years').notNull(),
  termEnd: text('term_end'),
  notes: text('notes'),
  createdAt: text('created_at').notNull(),
});

export const committeePosts = sqliteTable(
  'committee_posts',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    termId: integer('term_id')
      .notNull()
      .references(() => committeeTerms.id),
    post: text('post').notNull(),
    memberCode: text('member_code').notNull(),
    fromDate: text('from_date').notNull(),
    toDate: text('to_date'),
  },
  (t) => [index('committee_posts_term').on(t.termId)],
);

/**
 * Name fragments for search: every single Han character and every pair of neighbours in a
 * name (单晓红 → 单, 晓, 红, 单晓, 晓红). A one- or two-character query is then one indexed
 * lookup; longer ones start from a pair and confirm with LIKE. (FTS5's trigram tokenizer,
 * used for digits, cannot match fragments shorter than three characters.)
 */
export const memberNameGrams = sqliteTable(
  'member_name_grams',
  {
    gram: text('gram').notNull(),
    memberId: integer('member_id').notNull(),
    /** Copies of the member's code and membership, so a search counts and orders hits from the index alone. */
    code: text('code'),
    membership: text('membership'),
  },
  (t) => [
    uniqueIndex('member_name_grams_pk').on(t.gram, t.memberId),
    index('member_name_grams_member').on(t.memberId),
    index('member_name_grams_cover').on(t.gram, t.membership, t.code),
  ],
);
