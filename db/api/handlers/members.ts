import { rosterAt, partyAge } from '../../members/roster';
import { searchMembers } from '../../members/search';
import {
  cancelEvent,
  createMember,
  getMember,
  listEvents,
  recordEvent,
  todayIso,
  updateMember,
} from '../../members/service';
import { members } from '../../schema';
import { getSelf } from '../../organisation/service';
import { membersWorkbook } from '../../members/export';
import { qualityProblems } from '../../members/quality';
import { asc, eq } from 'drizzle-orm';
import type { HandlerMap } from '../registry';

const LAYOUT_FILE_NAMES = { roster: '党员名册', 'collection-form': '党员基本信息采集表' } as const;

export const memberHandlers: HandlerMap = {
  'members.create': (input, { session, actor }) => createMember(session.requireStore(), input, actor),
  'members.update': (input, { session, actor }) => updateMember(session.requireStore(), input, actor),
  'members.get': ({ code }, { session }) => {
    const store = session.requireStore();
    const m = getMember(store, code);
    return { ...m, partyAge: partyAge(m.fullDate, m.partyAgeAdjustMonths, todayIso()), events: listEvents(store, code) };
  },
  'members.list': (input, { session }) => searchMembers(session.requireStore().sqlite, input, todayIso()),
  'members.recordEvent': (input, { session, actor }) => recordEvent(session.requireStore(), input, actor),
  'members.cancelEvent': (input, { session, actor }) => cancelEvent(session.requireStore(), input, actor),
  'members.export': async ({ layout, membership }, { session }) => {
    const store = session.requireStore();
    const query = store.orm.select().from(members);
    const rows = (membership === 'all' ? query : query.where(eq(members.membership, membership))).orderBy(asc(members.code)).all();
    const today = todayIso();
    const content = await membersWorkbook(layout, getSelf(store), rows, today);
    return { fileName: `${LAYOUT_FILE_NAMES[layout]}-${today}.xlsx`, contentBase64: content.toString('base64') };
  },
  'members.quality': (_input, { session }) => qualityProblems(session.requireStore().sqlite, todayIso()),
  'members.rosterAt': ({ date }, { session }) => rosterAt(session.requireStore().sqlite, date),
};
