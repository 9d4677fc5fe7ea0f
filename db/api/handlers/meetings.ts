import { cadence } from '../../meetings/cadence';
import { minutesDocx } from '../../meetings/docx';
import { amendmentHistory } from '../../meetings/history';
import { checkRecord, finaliseProblems } from '../../meetings/problems';
import { readCadenceOverrides, writeCadenceOverride } from '../../meetings/local-rules';
import { buildMinutes } from '../../meetings/minutes';
import {
  countHeld,
  createMeeting,
  draftMeeting,
  finaliseMeeting,
  getMeeting,
  listMeetings,
  updateMeeting,
} from '../../meetings/service';
import { MEETING_TYPE_NAMES_ZH } from '../../meetings/types';
import { appendAudit } from '../../audit/chain';
import { todayIso } from '../../members/chinese-dates';
import { getSelf } from '../../organisation/service';
import { listGroups } from '../../structure/service';
import type { HandlerMap } from '../registry';

export const meetingHandlers: HandlerMap = {
  'meetings.draft': ({ type, date, groupCode }, { session }) => draftMeeting(session.requireStore(), type, date, groupCode),
  'meetings.create': ({ meeting }, { session, actor }) => createMeeting(session.requireStore(), meeting, actor),
  'meetings.update': (input, { session, actor }) => updateMeeting(session.requireStore(), input, actor),
  'meetings.finalise': (input, { session, actor }) => finaliseMeeting(session.requireStore(), input, actor),
  'meetings.check': ({ meeting }, { session }) => {
    const { voting, counts, quorum, outcomes, issues } = checkRecord(session.requireStore(), meeting);
    return { voting, counts, quorum, outcomes, issues, finaliseIssues: finaliseProblems(meeting) };
  },
  'meetings.history': ({ code }, { session }) => {
    const store = session.requireStore();
    return amendmentHistory(store.sqlite, getMeeting(store, code));
  },
  'meetings.get': ({ code }, { session }) => getMeeting(session.requireStore(), code),
  'meetings.list': (input, { session }) => listMeetings(session.requireStore(), input),
  'meetings.cadence': ({ date }, { session }) => {
    const store = session.requireStore();
    return cadence(date ?? todayIso(), (type, start, end, perGroup) => countHeld(store, type, start, end, perGroup), {
      groups: listGroups(store).length,
      overrides: readCadenceOverrides(store.sqlite),
    });
  },
  'meetings.setLocalRule': ({ type, period, min }, { session, actor }) => {
    const store = session.requireStore();
    store.transaction(() => {
      const before = readCadenceOverrides(store.sqlite)[type] ?? null;
      writeCadenceOverride(store.sqlite, type, { period, min });
      appendAudit(store.sqlite, actor, { op: 'meetings.setLocalRule', entity: 'cadence-rule', entityCode: type, before, after: { period, min } });
    });
    return { ok: true as const };
  },
  'meetings.minutes': ({ code }, { session }) => {
    const store = session.requireStore();
    return buildMinutes(getMeeting(store, code), getSelf(store));
  },
  'meetings.exportDocx': async ({ code }, { session }) => {
    const store = session.requireStore();
    const m = getMeeting(store, code);
    const content = await minutesDocx(buildMinutes(m, getSelf(store)));
    return { fileName: `${MEETING_TYPE_NAMES_ZH[m.type]}记录-${m.date}.docx`, contentBase64: content.toString('base64') };
  },
};
