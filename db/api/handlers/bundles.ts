import {
  approveEnrolment,
  exportAuthorisation,
  exportEnrolment,
  listAuthorisations,
  listEnrolments,
  revokeAuthorisations,
} from '../../bundles/authority';
import { systemDeps } from '../../bundles/deps';
import { rotateKeys } from '../../bundles/identity';
import { heldMembers, heldOrganisations, heldReports } from '../../bundles/held';
import { dryRun, importBundle, verifyBundle } from '../../bundles/incoming';
import { reportPayload } from '../../reports/payload';
import { coverSheetFor, exportReplica, exportReport, identity, inspectBundle, listLog } from '../../bundles/service';
import type { HandlerMap } from '../registry';

const bytes = (contentBase64: string) => Buffer.from(contentBase64, 'base64');
const deps = systemDeps;

export const bundleHandlers: HandlerMap = {
  'bundles.identity': (_input, { session, actor }) => identity(session.requireStore(), deps, actor),
  'bundles.rotateKey': (_input, { session, actor }) => {
    const store = session.requireStore();
    rotateKeys(store, deps, actor);
    return identity(store, deps, actor);
  },
  'bundles.exportEnrolment': ({ path }, { session, actor }) => exportEnrolment(session.requireStore(), deps, actor, path),
  'bundles.enrolments': (_input, { session }) => listEnrolments(session.requireStore()),
  'bundles.approveEnrolment': (input, { session, actor }) => {
    const s = approveEnrolment(session.requireStore(), input, deps, actor);
    return { serial: s.serial, subject: s.subject.orgCode, subjectName: s.subject.name, scope: s.scope, validFrom: s.validFrom, validUntil: s.validUntil };
  },
  'bundles.exportAuthorisation': ({ path, ...which }, { session, actor }) => exportAuthorisation(session.requireStore(), which, deps, actor, path),
  'bundles.authorisations': (_input, { session }) => listAuthorisations(session.requireStore()),
  'bundles.revoke': ({ path, ...input }, { session, actor }) => revokeAuthorisations(session.requireStore(), input, deps, actor, path),
  'bundles.exportReplica': (input, { session, actor }) => exportReplica(session.requireStore(), input, deps, actor),
  'bundles.exportReport': (input, { session, actor }) => exportReport(session.requireStore(), input, reportPayload, deps, actor),
  'bundles.inspect': ({ contentBase64 }) => inspectBundle(bytes(contentBase64)),
  'bundles.verify': ({ contentBase64 }, { session }) => verifyBundle(session.requireStore(), bytes(contentBase64), deps),
  'bundles.dryRun': ({ contentBase64 }, { session }) => dryRun(session.requireStore(), bytes(contentBase64), deps),
  'bundles.import': ({ contentBase64, receiptPath }, { session, actor }) => importBundle(session.requireStore(), bytes(contentBase64), deps, actor, receiptPath),
  'bundles.log': ({ limit }, { session }) => listLog(session.requireStore().sqlite, limit),
  'bundles.coverSheet': ({ contentBase64 }, { session }) => coverSheetFor(session.requireStore(), bytes(contentBase64), deps.now()),
  'bundles.held': (_input, { session }) => heldOrganisations(session.requireStore().sqlite),
  'bundles.heldMembers': (query, { session }) => heldMembers(session.requireStore().sqlite, query),
  'bundles.heldReports': ({ owner }, { session }) => heldReports(session.requireStore().sqlite, owner),
};
