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
import type { HandlerMap } from '../registry';

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
  'members.rosterAt': ({ date }, { session }) => rosterAt(session.requireStore().sqlite, date),
};
