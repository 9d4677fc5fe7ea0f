import { z } from 'zod';
import { op } from '../op';
import { empty } from '../schemas/common';
import {
  appraisalCapInput,
  appraisalOpenInput,
  appraisalRecordInput,
  appraisalRow,
  appraisalSummary,
  appraisalWarning,
  appraisalYear,
  appraisalYearNumber,
} from '../schemas/appraisal';
import { isoDate } from '../schemas/members';

const byYear = z.object({ year: appraisalYearNumber }).strict();

/** 民主评议党员 (DOMAIN.md §7): once a year. */
export const appraisalOps = {
  /** Every year opened so far, the newest first. */
  'appraisal.years': op({ input: empty, output: z.array(appraisalYear), needs: 'unlocked' }),
  'appraisal.open': op({ input: appraisalOpenInput, output: appraisalYear, needs: 'unlocked' }),
  'appraisal.list': op({ input: byYear, output: z.object({ year: appraisalYear, rows: z.array(appraisalRow) }), needs: 'unlocked' }),
  'appraisal.record': op({
    input: appraisalRecordInput,
    output: z.object({ row: appraisalRow, warnings: z.array(appraisalWarning) }),
    needs: 'unlocked',
  }),
  /** The 优秀 share is local practice: a branch may correct it until the year is closed. */
  'appraisal.setCap': op({ input: appraisalCapInput, output: appraisalYear, needs: 'unlocked' }),
  'appraisal.summary': op({ input: byYear, output: appraisalSummary, needs: 'unlocked' }),
  'appraisal.close': op({ input: z.object({ year: appraisalYearNumber, closedOn: isoDate.optional() }).strict(), output: appraisalYear, needs: 'unlocked' }),
} as const;
