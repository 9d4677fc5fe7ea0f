/**
 * The 《中国共产党党员组织关系介绍信》 as a document model in its three parts (一式三联,
 * 组通字〔2006〕45号 format; DOMAIN.md §5.2), worded as the form is, with the cut lines
 * between them. The member's details are those of the day it was issued, not today's record.
 *
 * Numerals: 党费已交到 __年__月 and 有效期 __天 in 大写 (the form's instructions: "以免涂改"),
 * the dates in 小写汉字 (二〇二六年十一月二十五日). The wrong options (男/女, 正式/预备) that
 * are circled out on the paper form are simply not printed.
 */
import type { Branch } from '../api/schemas/store';
import type { LetterDoc, LetterPart, TransferLetter } from '../api/schemas/transfers';
import { chineseDate, upperDays, upperYearMonth } from './chinese-numerals';
import type { LetterSnapshot } from './letters';

const TITLE = '中国共产党党员组织关系介绍信';
/** A blank to fill in by hand when the record lacks the value. */
const BLANK = '________';
const orBlank = (s: string | null | undefined) => (s ? s : BLANK);
const MEMBER_TYPE_ZH = { full: '正式', probationary: '预备' } as const;

export const RECEIPT_SENTENCE = (name: string) => `${name}同志的党员组织关系已转达我处，特此回复。`;
export const RECEIPT_FOOTNOTE = '注：回执联由接收党员组织关系的基层党委在接收党员后一个月内寄回（或传真）党员原所在基层党委。';

export function buildLetterDoc(letter: TransferLetter, snapshot: LetterSnapshot, branch: Branch): LetterDoc {
  const numberLine = `第 ${letter.number} 号`;
  const paidTo = letter.duesPaidTo ? upperYearMonth(letter.duesPaidTo) : null;
  const days = letter.validDays === null ? BLANK : upperDays(letter.validDays);
  const date = chineseDate(letter.issuedOn);
  const type = MEMBER_TYPE_ZH[snapshot.memberType];
  const fields: Record<string, string> = {
    name: snapshot.name,
    gender: snapshot.gender,
    age: snapshot.age === null ? '' : String(snapshot.age),
    ethnicity: snapshot.ethnicity,
    memberType: type,
    idNumber: snapshot.idNumber,
    fromOrg: snapshot.fromOrg,
    toOrg: letter.toOrg,
    addressee: letter.addressee ?? '',
    duesPaidToYear: paidTo?.year ?? '',
    duesPaidToMonth: paidTo?.month ?? '',
    validDays: letter.validDays === null ? '' : days,
    issuedDate: date,
    memberPhone: snapshot.memberPhone,
    orgAddress: snapshot.orgAddress,
    orgPhone: snapshot.orgPhone,
    // The branch record has no fax or post code yet; the form leaves them to be written in.
    orgFax: '',
    orgPostcode: '',
  };
  const stub: LetterPart = {
    label: '第一联',
    title: `${TITLE}（存根）`,
    numberLine,
    addressee: null,
    paragraphs: [`${snapshot.name}同志系中共${type}党员，组织关系由${snapshot.fromOrg}转到${letter.toOrg}。`],
    sealLine: null,
    dateLine: date,
    footer: [],
    pasteArea: '（贴回执联处）',
  };
  const age = snapshot.age === null ? BLANK : String(snapshot.age);
  const main: LetterPart = {
    label: '第二联',
    title: TITLE,
    numberLine,
    addressee: `${orBlank(letter.addressee)}：`,
    paragraphs: [
      `${snapshot.name}同志（${orBlank(snapshot.gender)}），${age}岁，${orBlank(snapshot.ethnicity)}，系中共${type}党员，身份证号码${orBlank(snapshot.idNumber)}，` +
        `由${snapshot.fromOrg}去${letter.toOrg}，请接转组织关系。该同志党费已交到${paidTo ? paidTo.text : `${BLANK}年${BLANK}月`}。`,
      `（有效期${days}天）`,
    ],
    sealLine: '（盖章）',
    dateLine: date,
    footer: [
      `党员联系电话或其他联系方式：${snapshot.memberPhone}`,
      `党员原所在基层党委通讯地址：${snapshot.orgAddress}`,
      `联系电话：${snapshot.orgPhone}\u3000\u3000传真：\u3000\u3000\u3000\u3000邮编：`,
    ],
    pasteArea: null,
  };
  const receipt: LetterPart = {
    label: '第三联',
    title: `${TITLE}回执联`,
    numberLine,
    addressee: `${snapshot.fromOrg || branch.name}：`,
    paragraphs: [RECEIPT_SENTENCE(snapshot.name)],
    sealLine: '（盖章）',
    dateLine: '\u3000\u3000\u3000\u3000年\u3000\u3000月\u3000\u3000日',
    footer: ['经办人：\u3000\u3000\u3000\u3000\u3000\u3000联系电话：', RECEIPT_FOOTNOTE],
    pasteArea: null,
  };
  return {
    number: letter.number,
    status: letter.status,
    voidNote: letter.status === 'cancelled' ? `本介绍信已作废${letter.cancelReason ? `（${letter.cancelReason}）` : ''}，编号不再使用。` : null,
    fields,
    stub,
    letter: main,
    receipt,
    cuts: [
      { after: 'stub', label: '此处裁开', note: '（存根与介绍信连接处加盖骑缝章）' },
      { after: 'letter', label: '此处裁开', note: '' },
    ],
  };
}

/** The 回执联 this branch sends back for a letter it received. */
export function buildInReceipt(letter: TransferLetter, branch: Branch, date: string): LetterPart & { orgName: string } {
  return {
    orgName: branch.name,
    label: '回执联',
    title: `${TITLE}回执联`,
    numberLine: `第 ${letter.number} 号`,
    addressee: `${letter.fromOrg}：`,
    paragraphs: [RECEIPT_SENTENCE(letter.memberName)],
    sealLine: '（盖章）',
    dateLine: chineseDate(date),
    footer: [`经办人：${letter.receiptHandler ?? ''}\u3000\u3000联系电话：${branch.contactPhone ?? ''}`, RECEIPT_FOOTNOTE],
    pasteArea: null,
  };
}
