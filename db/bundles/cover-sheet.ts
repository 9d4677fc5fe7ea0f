/**
 * The printed cover sheet (交接单) that travels with each bundle: who sent what to whom, the
 * counts, and two short strings the receiver compares on screen before importing: the
 * sender's key fingerprint and a short hash of the file. A document model; the renderer's
 * print templates lay it out.
 */
import { formatChineseDate } from '../members/chinese-dates';
import { shortHash } from './fingerprint';
import type { BundleHeader, BundleKind } from './header';

export const KIND_NAMES_ZH: Record<BundleKind, string> = {
  enrolment: '入网申请',
  authorisation: '授权书',
  revocation: '撤销授权通知',
  replica: '完整数据（党员名册）',
  report: '统计报表',
  receipt: '回执',
};

export const ENTITY_NAMES_ZH: Record<string, string> = {
  member: '党员',
  tombstone: '减少或注销的记录',
  report: '报表',
  statement: '授权声明',
  revocation: '撤销声明',
  enrolment: '入网申请',
  receipt: '回执',
};

export interface CoverSheet {
  title: string;
  rows: [string, string][];
  counts: [string, number][];
  senderFingerprint: string[];
  fileHashShort: string;
  bundleIdShort: string;
  notes: string[];
}

export interface CoverSheetInput {
  header: Pick<BundleHeader, 'kind' | 'sender' | 'recipient' | 'period' | 'sequence' | 'bundleId' | 'createdAt'>;
  fileHash: string;
  counts: Record<string, number> | null;
  senderFingerprint: string[];
  senderName?: string | null;
  recipientName?: string | null;
}

const withName = (code: string, name?: string | null) => (name ? `${name}（${code}）` : code);

export function bundleIdShort(bundleId: string): string {
  return bundleId.slice(0, 8).toUpperCase();
}

export function buildCoverSheet(input: CoverSheetInput): CoverSheet {
  const { header } = input;
  const fileHashShort = shortHash(input.fileHash);
  const fingerprint = input.senderFingerprint;
  return {
    title: `支部工作台数据包交接单（${KIND_NAMES_ZH[header.kind]}）`,
    rows: [
      ['发送单位', withName(header.sender, input.senderName)],
      ['接收单位', withName(header.recipient, input.recipientName)],
      ['类别', KIND_NAMES_ZH[header.kind]],
      ['所属期间', header.period ?? '—'],
      ['序号', header.sequence > 0 ? `第 ${header.sequence} 号` : '不编号'],
      ['数据包编号', bundleIdShort(header.bundleId)],
      ['生成时间', formatChineseDate(header.createdAt.slice(0, 10))],
      ['发送方密钥指纹', fingerprint.join(' ')],
      ['文件校验码', fileHashShort],
    ],
    counts: Object.entries(input.counts ?? {}).map(([entity, n]) => [ENTITY_NAMES_ZH[entity] ?? entity, n]),
    senderFingerprint: fingerprint,
    fileHashShort,
    bundleIdShort: bundleIdShort(header.bundleId),
    notes: [
      '接收方导入前，请核对屏幕上显示的“文件校验码”和“发送方密钥指纹”与本单一致；不一致请不要导入，并与发送单位联系。',
      '数据包已签名并加密（入网申请只签名、不加密），途中被改动或截短都会被拒绝导入。',
    ],
  };
}
