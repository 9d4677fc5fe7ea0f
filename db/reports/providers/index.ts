/**
 * The sections of a report, in the order their figures are listed. To plug in an area's own
 * provider (e.g. dues totals from db/dues once it offers them as-of a date), replace its entry
 * here; the figure keys are the contract with the templates and must stay.
 */
import type { SectionProvider } from '../figures';
import { appraisalSection } from './appraisal';
import { changesSection } from './changes';
import { duesSection } from './dues';
import { meetingsSection } from './meetings';
import { membersSection, previousSection } from './members';
import { pipelineSection } from './pipeline';

export const SECTION_PROVIDERS: readonly SectionProvider[] = [
  membersSection,
  previousSection,
  changesSection,
  pipelineSection,
  meetingsSection,
  duesSection,
  appraisalSection,
];
