import { todayIso } from '../../members/chinese-dates';
import { computeReport } from '../../reports/compute';
import { reportDocumentFor, reportXlsxFor } from '../../reports/output';
import { parsePeriod } from '../../reports/periods';
import { diffVersions, explain, listPeriods, reportVersion, reportVersions, setReportSettings, submitReport, unlockReport } from '../../reports/service';
import { readReportSettings } from '../../reports/settings';
import type { HandlerMap } from '../registry';

export const reportHandlers: HandlerMap = {
  'reports.settings': (_input, { session }) => readReportSettings(session.requireStore().sqlite),
  'reports.setSettings': (input, { session, actor }) => setReportSettings(session.requireStore(), input, actor),
  'reports.periods': ({ year }, { session }) => {
    const today = todayIso();
    return listPeriods(session.requireStore(), year ?? Number(today.slice(0, 4)), today);
  },
  'reports.compute': ({ period }, { session }) => computeReport(session.requireStore(), parsePeriod(period), todayIso()),
  'reports.explain': (input, { session, actor }) => explain(session.requireStore(), input, actor, todayIso()),
  'reports.submit': ({ period }, { session, actor }) => submitReport(session.requireStore(), period, actor, todayIso()),
  'reports.unlock': (input, { session, actor }) => unlockReport(session.requireStore(), input, actor, todayIso()),
  'reports.versions': ({ period }, { session }) => reportVersions(session.requireStore(), period),
  'reports.version': (input, { session }) => reportVersion(session.requireStore(), input),
  'reports.diff': (input, { session }) => diffVersions(session.requireStore(), input),
  'reports.document': ({ period, version }, { session }) => reportDocumentFor(session.requireStore(), period, version, todayIso()),
  'reports.exportXlsx': ({ period, version }, { session }) => reportXlsxFor(session.requireStore(), period, version, todayIso()),
};
