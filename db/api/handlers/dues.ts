import { cancelPayment, getPayment, recordPayment, recordPayments } from '../../dues/payments';
import { FIRST_RULES_MONTH, duesRulesFor } from '../../dues/rules';
import { profileHistory, setProfile } from '../../dues/profiles';
import { buildReceipt } from '../../dues/receipt';
import { buildDuesRegister } from '../../dues/register';
import { arrearsList, memberLedger, monthSheet, yearTotals } from '../../dues/reports';
import { maxMonth, monthOf, periodLabel } from '../../dues/months';
import { duesRegisterWorkbook } from '../../dues/xlsx';
import { todayIso } from '../../members/chinese-dates';
import { getSelf } from '../../organisation/service';
import type { HandlerMap } from '../registry';

const thisMonth = (asOf: string | undefined) => asOf ?? monthOf(todayIso());

export const duesHandlers: HandlerMap = {
  'dues.setProfile': (input, { session, actor }) => setProfile(session.requireStore(), input, actor, todayIso()),
  'dues.profile': ({ memberCode, month }, { session }) => profileHistory(session.requireStore(), memberCode, thisMonth(month)),
  'dues.recordPayment': (input, { session, actor }) => recordPayment(session.requireStore(), input, actor, todayIso()),
  'dues.recordPayments': ({ payments }, { session, actor }) => recordPayments(session.requireStore(), payments, actor, todayIso()),
  'dues.rules': ({ month }) => {
    const m = thisMonth(month);
    return { month: m, rules: duesRulesFor(maxMonth(m, FIRST_RULES_MONTH)) };
  },
  'dues.cancelPayment': (input, { session, actor }) => cancelPayment(session.requireStore(), input, actor),
  'dues.memberLedger': ({ memberCode, asOf }, { session }) => memberLedger(session.requireStore(), memberCode, thisMonth(asOf)),
  'dues.monthSheet': ({ month, asOf }, { session }) => monthSheet(session.requireStore(), month, thisMonth(asOf)),
  'dues.arrears': ({ asOf }, { session }) => arrearsList(session.requireStore(), thisMonth(asOf)),
  'dues.totals': ({ year, asOf }, { session }) => yearTotals(session.requireStore(), year, thisMonth(asOf)),
  'dues.register': ({ period, asOf }, { session }) => {
    const store = session.requireStore();
    return buildDuesRegister(store, getSelf(store), period, thisMonth(asOf));
  },
  'dues.exportXlsx': async ({ period, asOf }, { session }) => {
    const store = session.requireStore();
    const content = await duesRegisterWorkbook(buildDuesRegister(store, getSelf(store), period, thisMonth(asOf)));
    return { fileName: `党费收缴登记表-${periodLabel(period)}.xlsx`, contentBase64: content.toString('base64') };
  },
  'dues.receipt': ({ paymentId }, { session }) => {
    const store = session.requireStore();
    return buildReceipt(getPayment(store, paymentId), getSelf(store));
  },
};
