/**
 * 逐级授权, the incoming side: what importing an enrolment request, an authorisation or a
 * revocation would do (the dry run) and the function that does it.
 */
import { appendAudit } from '../audit/chain';
import type { Store } from '../store/store';
import { statement } from '../util/statements';
import { authorisationBody, enrolmentBody, readBody, revocationBody } from './bodies';
import type { Examined } from './examine';
import { fingerprintOfText } from './fingerprint';
import { findHeld, heldStatements, holdStatement, markRevoked } from './held-statements';
import { ownKeys, retireOlderKeys } from './identity';
import { rejected, type Change, type Plan } from './plan';
import { refuse } from './refusal';
import { isSelfIssued, REVOCATION_REASONS_ZH, statementVerifies, withinScope } from './statements';
import { assertUsable, trustedKeys } from './trust';

const day = (iso: string | null) => (iso ? iso.slice(0, 10) : '长期');

export function planEnrolment(store: Store, ex: Examined): Plan {
  const e = readBody(enrolmentBody, ex.body!, 'enrolment').enrolment;
  const fingerprint = fingerprintOfText(e).join(' ');
  const held = statement(store.sqlite, 'SELECT received_at FROM enrolments WHERE key_id = ?', { pluck: true }).get(e.keyId) as string | undefined;
  const notes = [`收到 ${e.orgName}（${e.orgCode}）的入网申请。批准前请当面或电话与对方核对密钥指纹：${fingerprint}`];
  let note: string | null = null;
  if (e.rotation) {
    // The old key vouching for the new one: a check on top of the fingerprint, never instead of it.
    const r = e.rotation.statement;
    const old = trustedKeys(store.sqlite, { now: ex.now }).get(r.issuer.keyId);
    const vouched = !!old && old.status === 'ok' && old.orgCode === e.orgCode && r.subject.keyId === e.keyId && statementVerifies(e.rotation, old.signingPublic);
    note = vouched ? `rotation from ${r.issuer.keyId}` : null;
    notes.push(vouched ? `这是换用新密钥的申请，已由对方原来已授权的密钥 ${r.issuer.keyId} 签名确认。` : '申请附带的换钥声明无法核实，请务必核对指纹。');
  }
  const change: Change = held
    ? { entity: 'enrolment', code: e.orgCode, label: e.orgName, action: 'unchanged', reason: `已于 ${held.slice(0, 10)} 收到这个密钥的申请` }
    : { entity: 'enrolment', code: e.orgCode, label: e.orgName, action: 'new', reason: null };
  return {
    changes: [change],
    notes,
    counts: { enrolment: 1 },
    apply: (s, at, actor) => {
      if (held) return;
      statement(
        s.sqlite,
        `INSERT INTO enrolments (org_code, org_name, signing_public, encryption_public, key_id, status, received_at, note)
         VALUES (?, ?, ?, ?, ?, 'pending', ?, ?)`,
      ).run(e.orgCode, e.orgName, e.signingPublic, e.encryptionPublic, e.keyId, at, note);
      appendAudit(s.sqlite, actor, { op: 'bundles.import', entity: 'enrolment', entityCode: e.orgCode, after: { keyId: e.keyId, fingerprint } });
    },
  };
}

/**
 * Our own authorisation arriving. The chain must lead from a root down to our key, with every
 * link valid; the first time, the root is pinned (trust on first use — which is what the
 * fingerprint on the cover sheet, compared by the secretary, is for), afterwards the chain
 * must reach a root already pinned.
 */
export function planAuthorisation(store: Store, ex: Examined): Plan {
  const chain = readBody(authorisationBody, ex.body!, 'authorisation').chain;
  const own = new Set(ownKeys(store.sqlite).map((k) => k.keyId));
  // Our statement, issued by the sender's organisation (perhaps by a key it has since rotated away from).
  const leaf = chain.find((c) => own.has(c.statement.subject.keyId) && c.statement.issuer.orgCode === ex.header.sender)?.statement;
  if (!leaf || leaf.subject.orgCode !== ex.self.code) {
    throw refuse('BUNDLE_NOT_FOR_US', 'the authorisation is not for a key of this installation', { recipient: ex.header.recipient, us: ex.self.code });
  }
  if (leaf.issuer.orgCode !== ex.self.parentCode) {
    throw refuse('BUNDLE_SENDER_UNKNOWN', `authorised by ${leaf.issuer.orgCode}, but our superior is ${ex.self.parentCode ?? '—'}`, { sender: leaf.issuer.orgCode, keyId: leaf.issuer.keyId });
  }
  const pinned = heldStatements(store.sqlite).some((h) => isSelfIssued(h.signed.statement) && !own.has(h.signed.statement.subject.keyId));
  const trusted = trustedKeys(store.sqlite, { now: ex.now, extra: chain, withoutOwnKeys: true, pinExtraRoots: !pinned });
  const superior = trusted.get(ex.header.senderKeyId);
  const mine = trusted.get(leaf.subject.keyId);
  if (!superior || !mine) {
    throw refuse('BUNDLE_SENDER_UNKNOWN', 'the chain does not lead from a trusted root to our key', { sender: ex.header.sender, keyId: ex.header.senderKeyId });
  }
  assertUsable(superior, ex.header.sender);
  assertUsable(mine, ex.self.code);
  const changes: Change[] = chain.map((c) => {
    const s = c.statement;
    const label = isSelfIssued(s) ? `${s.subject.name}（根）` : `${s.issuer.orgCode} → ${s.subject.name}`;
    const held = findHeld(store.sqlite, s.issuer.orgCode, s.serial);
    return { entity: 'statement', code: s.serial, label, action: held ? 'unchanged' : 'new', reason: held ? null : `授权范围 ${s.scope}，有效期至 ${day(s.validUntil)}` };
  });
  return {
    changes,
    notes: [
      `上级 ${leaf.issuer.orgCode} 授权本组织 ${leaf.subject.orgCode}，范围 ${leaf.scope}，有效期至 ${day(leaf.validUntil)}。`,
      `上级密钥指纹：${ex.sender.fingerprint.join(' ')}（请与上级交接单上的指纹核对）`,
    ],
    counts: { statement: chain.length },
    apply: (s, at, actor) => {
      // Roots are pinned only the first time; afterwards a chain may not slip in a new root
      // (a trusted superior must not be able to widen its own trust to "all codes").
      for (const c of pinned ? chain.filter((x) => !isSelfIssued(x.statement)) : chain) holdStatement(s.sqlite, c, at);
      // The key just authorised takes over; older keys (before a rotation) sign no more.
      retireOlderKeys(s, leaf.subject.keyId, at);
      appendAudit(s.sqlite, actor, { op: 'bundles.import', entity: 'authorisation', entityCode: leaf.serial, after: leaf });
    },
  };
}

export function planRevocation(store: Store, ex: Examined): Plan {
  const { revocations } = readBody(revocationBody, ex.body!, 'revocation');
  const trusted = trustedKeys(store.sqlite, { now: ex.now });
  const marks: { issuer: string; serial: string; reason: string; at: string }[] = [];
  const changes: Change[] = revocations.map((signed) => {
    const r = signed.statement;
    const held = findHeld(store.sqlite, r.authorisationIssuer, r.serial);
    const label = held ? held.signed.statement.subject.name : r.serial;
    const issuer = trusted.get(r.issuer.keyId);
    // Only the issuer of an authorisation, or a level above it whose scope covers the subject, may withdraw it.
    const entitled =
      !!issuer && issuer.status === 'ok' && issuer.orgCode === r.issuer.orgCode && statementVerifies(signed, issuer.signingPublic) &&
      (r.issuer.orgCode === r.authorisationIssuer || (!!held && withinScope(held.signed.statement.subject.orgCode, issuer.scope)));
    if (!entitled) return rejected('revocation', r.serial, label, `撤销声明的签发者 ${r.issuer.orgCode} 无权撤销这项授权`, 'BUNDLE_SENDER_UNKNOWN');
    if (!held) return { entity: 'revocation', code: r.serial, label, action: 'unchanged', reason: '本机没有这项授权，无需处理' };
    if (held.revokedAt) return { entity: 'revocation', code: r.serial, label, action: 'unchanged', reason: `已于 ${held.revokedAt.slice(0, 10)} 撤销` };
    marks.push({ issuer: r.authorisationIssuer, serial: r.serial, reason: r.reason, at: r.revokedAt });
    return { entity: 'revocation', code: r.serial, label, action: 'changed', reason: `撤销授权：${REVOCATION_REASONS_ZH[r.reason]}` };
  });
  return {
    changes,
    notes: [],
    counts: { revocation: revocations.length },
    apply: (s, _at, actor) => {
      for (const m of marks) {
        markRevoked(s.sqlite, m.issuer, m.serial, m.at, m.reason);
        appendAudit(s.sqlite, actor, { op: 'bundles.import', entity: 'authorisation', entityCode: m.serial, after: { revokedAt: m.at, reason: m.reason } });
      }
    },
  };
}
