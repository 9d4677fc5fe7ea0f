import type { OpOutput } from '../../api/types';

export type Identity = OpOutput<'bundles.identity'>;
export type Authorisation = OpOutput<'bundles.authorisations'>[number];
export type Enrolment = OpOutput<'bundles.enrolments'>[number];
export type LogEntry = OpOutput<'bundles.log'>[number];
export type ImportSummary = OpOutput<'bundles.dryRun'>;
export type Delivered = OpOutput<'bundles.exportReplica'>;
export type CoverSheet = Delivered['coverSheet'];
export type BundleKind = ImportSummary['kind'];
export type HeldOrganisation = OpOutput<'bundles.held'>[number];
export type HeldMember = OpOutput<'bundles.heldMembers'>['rows'][number];
export type HeldReport = OpOutput<'bundles.heldReports'>[number];
