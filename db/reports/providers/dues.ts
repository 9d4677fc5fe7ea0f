/**
 * 党费 of the period, from the dues service's own ledger (db/dues) so the report and the dues
 * screens can never disagree about what a month owes. "As of the period's end": only payments
 * paid on or before the last day count, so a 补交 made afterwards shows in the period it was
 * paid, not by rewriting a period already reported.
 *
 * - due: what the months of the period ask of everyone on the roster in them (0 when exempt or
 *   paid at the old branch);
 * - collected: what payments made by the end cover of those months;
 * - outstanding: due − collected, with the members who still owe for the period;
 * - received: money paid in the period for any months, 自愿多交 included (the cash book view).
 */
import { buildLedger } from '../../dues/ledger';
import { monthOf } from '../../dues/months';
import { loadSources } from '../../dues/sources';
import { rosterAt } from '../../members/roster';
import { amount, count, type FigureItem, type SectionProvider } from '../figures';

export const duesSection: SectionProvider = {
  section: 'dues',
  figures: (store, period) => {
    const from = monthOf(period.start);
    const to = monthOf(period.end);
    const onRoster = new Set(rosterAt(store.sqlite, period.end).map((r) => r.code));
    let dueFen = 0;
    let collectedFen = 0;
    let receivedFen = 0;
    const liable: FigureItem[] = [];
    const owing: FigureItem[] = [];
    const paying: FigureItem[] = [];
    const payers: FigureItem[] = [];
    const noProfile: FigureItem[] = [];
    for (const { member, sources } of loadSources(store)) {
      const who = { code: member.code, name: member.name };
      const payments = sources.payments.filter((p) => p.paidOn <= period.end);
      const ledger = buildLedger({ ...sources, payments }, to, to);
      if (ledger.noProfile && onRoster.has(member.code)) noProfile.push(who);
      const months = ledger.months.filter((m) => m.month >= from && m.month <= to);
      const due = months.reduce((a, m) => a + m.dueFen, 0);
      const paid = months.reduce((a, m) => a + m.paidFen, 0);
      dueFen += due;
      collectedFen += paid;
      if (due > 0) liable.push(who);
      if (due > paid) owing.push(who);
      if (paid > 0) paying.push(who);
      const received = payments.filter((p) => p.paidOn >= period.start).reduce((a, p) => a + p.amountFen, 0);
      if (received > 0) payers.push(who);
      receivedFen += received;
    }
    return {
      'dues.dueFen': amount('本期应交党费', 'fen', dueFen, liable),
      'dues.collectedFen': amount('本期应交月份已交党费', 'fen', collectedFen, paying),
      'dues.outstandingFen': amount('本期欠交党费', 'fen', dueFen - collectedFen, owing),
      'dues.membersInArrears': count('本期欠交党费人数', owing),
      'dues.receivedFen': amount('本期实收党费（含补交、自愿多交）', 'fen', receivedFen, payers),
      'dues.noProfile': count('未设党费标准的党员', noProfile),
    };
  },
};
