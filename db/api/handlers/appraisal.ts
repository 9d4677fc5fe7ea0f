import { appraisalSummaryOf, closeAppraisal, listAppraisal, openAppraisal, recordAppraisal } from '../../appraisal/service';
import type { HandlerMap } from '../registry';

export const appraisalHandlers: HandlerMap = {
  'appraisal.open': (input, { session, actor }) => openAppraisal(session.requireStore(), input, actor),
  'appraisal.list': ({ year }, { session }) => listAppraisal(session.requireStore(), year),
  'appraisal.record': (input, { session, actor }) => recordAppraisal(session.requireStore(), input, actor),
  'appraisal.summary': ({ year }, { session }) => appraisalSummaryOf(session.requireStore(), year),
  'appraisal.close': (input, { session, actor }) => closeAppraisal(session.requireStore(), input, actor),
};
