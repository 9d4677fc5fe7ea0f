import { z } from 'zod';
import { op } from '../op';
import { empty, requiredText, text } from '../schemas/common';
import {
  computedReport,
  periodId,
  periodInfo,
  reportDiff,
  reportDocument,
  reportSettings,
  storedVersion,
  versionSummary,
} from '../schemas/reports';

const period = z.object({ period: periodId }).strict();
const version = z.number().int().min(1);

/**
 * 党内统计 reports (DOMAIN.md §6; docs/REPORTS.md). Figures are computed from the records as of
 * the period's end. Errors, for the UI to translate:
 *   CONFLICT { period, date }            a change dated inside a submitted period (assertPeriodOpen)
 *   CONFLICT { period }                  submit/explain on a submitted period; unlock of one not submitted
 *   CONFLICT { period, end }             submit before the period has ended
 *   CONFLICT { period, errors, unexplained } + issues[] (code = rule, params { key, severity })
 *                                        submit while validation has errors or unexplained warnings
 *   NOT_FOUND { period } / { period, key } / { period, version }
 */
export const reportOps = {
  'reports.settings': op({ input: empty, output: reportSettings, needs: 'unlocked' }),
  'reports.setSettings': op({ input: reportSettings, output: reportSettings, needs: 'unlocked' }),
  'reports.periods': op({
    input: z.object({ year: z.number().int().min(2000).max(2100).optional() }).strict(),
    output: z.array(periodInfo),
    needs: 'unlocked',
  }),
  'reports.compute': op({ input: period, output: computedReport, needs: 'unlocked' }),
  'reports.explain': op({
    input: z.object({ period: periodId, key: z.string().min(1).max(200), text: text(1000) }).strict(),
    output: computedReport,
    needs: 'unlocked',
  }),
  'reports.submit': op({ input: period, output: versionSummary, needs: 'unlocked' }),
  'reports.unlock': op({ input: z.object({ period: periodId, reason: requiredText(500) }).strict(), output: periodInfo, needs: 'unlocked' }),
  'reports.versions': op({ input: period, output: z.array(versionSummary), needs: 'unlocked' }),
  /** One submitted version with its figures (and the names behind them), validation and explanations. */
  'reports.version': op({ input: z.object({ period: periodId, version }).strict(), output: storedVersion, needs: 'unlocked' }),
  'reports.diff': op({ input: z.object({ period: periodId, from: version, to: version }).strict(), output: reportDiff, needs: 'unlocked' }),
  /** Without a version: the current computation, marked as a draft. */
  'reports.document': op({ input: z.object({ period: periodId, version: version.optional() }).strict(), output: reportDocument, needs: 'unlocked' }),
  'reports.exportXlsx': op({
    input: z.object({ period: periodId, version: version.optional() }).strict(),
    output: z.object({ fileName: z.string(), contentBase64: z.string() }),
    needs: 'unlocked',
  }),
} as const;
