import { admitApplicant, convertApplicant } from '../../development/admission';
import { buildPublicNotice, buildStepSet, buildTimeline } from '../../development/documents';
import { applicantDetailOf } from '../../development/repository';
import {
  cancelStep,
  createApplicant,
  developmentReminders,
  listApplicants,
  recordStep,
  setDocument,
  updateApplicant,
} from '../../development/service';
import { todayIso } from '../../members/chinese-dates';
import type { HandlerMap } from '../registry';

export const developmentHandlers: HandlerMap = {
  'development.create': (input, { session, actor }) => createApplicant(session.requireStore(), input, actor),
  'development.update': (input, { session, actor }) => updateApplicant(session.requireStore(), input, actor),
  'development.get': ({ code }, { session }) => applicantDetailOf(session.requireStore(), code),
  'development.list': (input, { session }) => listApplicants(session.requireStore(), input),
  'development.recordStep': (input, { session, actor }) => recordStep(session.requireStore(), input, actor),
  'development.cancelStep': (input, { session, actor }) => cancelStep(session.requireStore(), input, actor),
  'development.setDocument': (input, { session, actor }) => setDocument(session.requireStore(), input, actor),
  'development.reminders': ({ today }, { session }) => developmentReminders(session.requireStore(), today ?? todayIso()),
  'development.admit': ({ code }, { session, actor }) => admitApplicant(session.requireStore(), code, actor),
  'development.convert': (input, { session, actor }) => convertApplicant(session.requireStore(), input, actor),
  'development.timeline': ({ code }, { session }) => buildTimeline(session.requireStore(), code),
  'development.steps': ({ code }, { session }) => buildStepSet(session.requireStore(), code),
  'development.publicNotice': (input, { session }) => buildPublicNotice(session.requireStore(), input),
};
