import { eq } from 'drizzle-orm';
import { rosterAt } from '../members/roster';
import { members } from '../schema';
import type { Store } from '../store/store';
import { getCommittee } from '../structure/service';
import { EXPECTED_ATTENDEES, type MeetingType } from './types';

/** Who should be there, by the kind of meeting, as the roster stood on the meeting day. */
export function expectedAttendees(store: Store, type: MeetingType, date: string, groupCode?: string | null) {
  const who = EXPECTED_ATTENDEES[type];
  if (who === 'committee') {
    return getCommittee(store, date).posts.map((p) => ({ memberCode: p.memberCode, name: p.name, voting: true }));
  }
  if (who === 'none') return [];
  let roster = rosterAt(store.sqlite, date);
  if (who === 'group') {
    const inGroup = new Set(
      store.orm.select({ code: members.code }).from(members).where(eq(members.groupCode, groupCode ?? '')).all().map((m) => m.code),
    );
    roster = roster.filter((r) => inGroup.has(r.code));
  }
  return roster.map((r) => ({ memberCode: r.code, name: r.name, voting: r.memberType === 'full' }));
}
