import { todayIso } from '../../members/chinese-dates';
import { getSelf } from '../../organisation/service';
import { endFlow, listFlows, startFlow } from '../../transfers/flows';
import { arrivalDate, recordIn } from '../../transfers/incoming';
import { buildInReceipt, buildLetterDoc } from '../../transfers/letter-doc';
import { getLetter, letterRegister, overdueReceipts } from '../../transfers/letter-views';
import { DEFAULT_VALID_DAYS, MAX_VALID_DAYS_IN, MAX_VALID_DAYS_OUT } from '../schemas/transfers';
import { cancelLetter, confirmOut, issueOut, issueSnapshot, previewOut, returnReceipt } from '../../transfers/letters';
import type { HandlerMap } from '../registry';

export const transferHandlers: HandlerMap = {
  'transfers.outDefaults': () => ({ validDays: DEFAULT_VALID_DAYS, maxValidDaysOut: MAX_VALID_DAYS_OUT, maxValidDaysIn: MAX_VALID_DAYS_IN }),
  'transfers.previewOut': (input, { session }) => previewOut(session.requireStore(), input, todayIso()),
  'transfers.issueOut': (input, { session, actor }) => issueOut(session.requireStore(), input, actor, todayIso()),
  'transfers.returnReceipt': (input, { session, actor }) => returnReceipt(session.requireStore(), input, actor, todayIso()),
  'transfers.confirmOut': (input, { session, actor }) => confirmOut(session.requireStore(), input, actor, todayIso()),
  'transfers.cancel': (input, { session, actor }) => cancelLetter(session.requireStore(), input, actor, todayIso()),
  'transfers.register': ({ asOf, ...filter }, { session }) => letterRegister(session.requireStore(), filter, asOf ?? todayIso()),
  'transfers.letter': ({ number }, { session }) => {
    const store = session.requireStore();
    return buildLetterDoc(getLetter(store, 'out', number, todayIso()), issueSnapshot(store, number), getSelf(store));
  },
  'transfers.recordIn': (input, { session, actor }) => recordIn(session.requireStore(), input, actor, todayIso()),
  'transfers.inReceipt': ({ number }, { session }) => {
    const store = session.requireStore();
    const letter = getLetter(store, 'in', number, todayIso());
    return buildInReceipt(letter, getSelf(store), arrivalDate(letter));
  },
  'transfers.flowStart': (input, { session, actor }) => startFlow(session.requireStore(), input, actor, todayIso()),
  'transfers.flowEnd': (input, { session, actor }) => endFlow(session.requireStore(), input, actor, todayIso()),
  'transfers.flows': (input, { session }) => listFlows(session.requireStore(), input),
  'transfers.overdueReceipts': ({ asOf }, { session }) => overdueReceipts(session.requireStore(), asOf ?? todayIso()),
};
