/**
 * Area: the organisation this demo database maintains (分级维护: its own row). Saved through
 * the app's saveSelf, as the first-run screen does, so it is validated and audited the same way.
 */
import type { Branch } from '../../db/api/schemas/store';
import { saveSelf } from '../../db/organisation/service';
import type { Store } from '../../db/store/store';
import type { DemoGroup } from './groups';
import type { DemoContext } from './layout';
import { drawName } from './names';

export function generateOrganisation(store: Store, ctx: DemoContext, firstGroup: DemoGroup, actor: string): Branch {
  // A branch's 书记 is one of its own members; a 党委's or 省委's secretary is not on the
  // branch rosters this stand-in holds, so a name is drawn for them.
  const secretaryName =
    ctx.scale === 'branch' && firstGroup.secretaryName
      ? firstGroup.secretaryName
      : drawName(ctx.root.fork('organisation'), { gender: '1', birthYear: 1968, ethnicity: '01' }).name;
  return saveSelf(store, { ...ctx.layout.self, secretaryName }, actor, 'store.create');
}
