import { appraisalSummaryOf, appraisalYearsOf, closeAppraisal, listAppraisal, openAppraisal, recordAppraisal, setExcellentCap } from '../../appraisal/service';
import type { HandlerMap } from '../registry';

export const appraisalHandlers: HandlerMap = {
  'appraisal.years': (_input, { session }) => appraisalYearsOf(session.requireStore()),
  'appraisal.open': (input, { session, actor }) => openAppraisal(session.requireStore(), input, actor),
  'appraisal.list': ({ year }, { session }) => listAppraisal(session.requireStore(), year),
  'appraisal.record': (input, { session, actor }) => recordAppraisal(session.requireStore(), input, actor),
  'appraisal.setCap': (input, { session, actor }) => setExcellentCap(session.requireStore(), input, actor),
  'appraisal.summary': ({ year }, { session }) => appraisalSummaryOf(session.requireStore(), year),
  'appraisal.close': (input, { session, actor }) => closeAppraisal(session.requireStore(), input, actor),
};
