import { eq } from 'drizzle-orm';
import { AppError } from '../api/errors';
import type { Branch, BranchInput } from '../api/schemas/store';
import { branchInput } from '../api/schemas/store';
import { appendAudit } from '../audit/chain';
import { organisations } from '../schema';
import type { Store } from '../store/store';

type OrgRow = typeof organisations.$inferSelect;

function toBranch(row: OrgRow): Branch {
  return {
    name: row.name,
    code: row.code,
    kind: row.kind as Branch['kind'],
    category: row.category,
    parentName: row.parentName,
    parentCode: row.parentCode,
    secretaryName: row.secretaryName,
    contactPhone: row.contactPhone,
    address: row.address,
  };
}

export function findSelf(store: Store): Branch | null {
  const row = store.orm.select().from(organisations).where(eq(organisations.isSelf, true)).get();
  return row ? toBranch(row) : null;
}

export function getSelf(store: Store): Branch {
  const self = findSelf(store);
  if (!self) throw new AppError('NOT_FOUND', 'this database has no organisation yet');
  return self;
}

/**
 * Creates or updates the organisation this installation maintains (分级维护: its own row).
 * The code may be set once; changing it would orphan every record coded under it.
 */
export function saveSelf(store: Store, raw: BranchInput, actor: string, op = 'branch.update'): Branch {
  const input = branchInput.parse(raw);
  return store.transaction(() => {
    const now = new Date().toISOString();
    const before = store.orm.select().from(organisations).where(eq(organisations.isSelf, true)).get();
    if (before && before.code !== input.code) {
      throw new AppError('CONFLICT', 'the organisation code cannot be changed once set', {
        params: { code: before.code },
      });
    }
    const values = {
      name: input.name,
      code: input.code,
      kind: input.kind,
      category: input.category,
      parentCode: input.parentCode,
      parentName: input.parentName,
      secretaryName: input.secretaryName,
      contactPhone: input.contactPhone ?? null,
      address: input.address ?? null,
      updatedAt: now,
    };
    if (before) {
      store.orm.update(organisations).set(values).where(eq(organisations.id, before.id)).run();
    } else {
      store.orm.insert(organisations).values({ ...values, isSelf: true, createdAt: now }).run();
    }
    const after = store.orm.select().from(organisations).where(eq(organisations.isSelf, true)).get()!;
    appendAudit(store.sqlite, actor, {
      op,
      entity: 'organisation',
      entityCode: after.code,
      before: before ? toBranch(before) : null,
      after: toBranch(after),
    });
    return toBranch(after);
  });
}
