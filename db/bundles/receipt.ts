/**
 * 回执: after a data bundle is applied, the importer sends a signed receipt back to its
 * sender, naming the bundle (id, number, file hash) and what became of it; the sender imports
 * the receipt and sees its submission acknowledged in the log.
 */
import type { Examined } from './examine';
import { bundleIdShort, KIND_NAMES_ZH } from './cover-sheet';
import { loggedBundle } from './ledger';
import type { OutgoingSpec } from './outgoing';
import { readBody, receiptBody } from './bodies';
import type { Action } from './plan';
import type { Plan } from './plan';
import { refuse } from './refusal';
import { statement } from '../util/statements';
import type { Store } from '../store/store';

export function receiptSpec(ex: Examined, counts: Record<Action, number>, importedAt: string): OutgoingSpec {
  const { header } = ex;
  if (!ex.sender.encryptionPublic) throw new Error('a receipt needs the sender key');
  return {
    kind: 'receipt',
    recipientOrgCode: header.sender,
    recipientName: ex.sender.name,
    recipientKey: { keyId: ex.sender.keyId, encryptionPublic: ex.sender.encryptionPublic },
    period: header.period,
    body: { receipt: { receiptFor: header.bundleId, kind: header.kind, sequence: header.sequence, period: header.period, fileHash: ex.fileHash, importedAt, counts } },
    counts: { receipt: 1 },
    receiptFor: header.bundleId,
  };
}

export function planReceipt(store: Store, ex: Examined): Plan {
  const r = readBody(receiptBody, ex.body!, 'receipt').receipt;
  const sent = loggedBundle(store.sqlite, 'out', r.receiptFor);
  // A receipt only means something for a bundle we sent to that very sender, byte for byte.
  if (!sent || sent.recipient !== ex.header.sender || sent.fileHash !== r.fileHash) {
    throw refuse('BUNDLE_NOT_FOR_US', `a receipt for bundle ${r.receiptFor}, which we did not send to ${ex.header.sender}`, { recipient: ex.header.recipient, us: ex.self.code });
  }
  const earlier = statement(store.sqlite, "SELECT at FROM bundle_log WHERE direction = 'in' AND receipt_for = ?", { pluck: true }).get(r.receiptFor) as string | undefined;
  const what = `${KIND_NAMES_ZH[sent.kind]}${sent.sequence > 0 ? ` 第 ${sent.sequence} 号` : ''}`;
  const c = r.counts;
  return {
    changes: [
      {
        entity: 'receipt',
        code: bundleIdShort(r.receiptFor),
        label: what,
        action: earlier ? 'unchanged' : 'new',
        reason: `对方已于 ${r.importedAt.slice(0, 10)} 导入：新增 ${c.new}，变更 ${c.changed}，未变 ${c.unchanged}，拒绝 ${c.rejected}`,
      },
    ],
    notes: [`${ex.header.sender} 已确认收到本单位的${what}。`],
    counts: { receipt: 1 },
    receiptFor: r.receiptFor,
    apply: () => undefined,
  };
}
