/**
 * One branch's activity after its members are in, in the order a real database would have
 * them: the dues first (a letter out states how far they are paid), then the letters out
 * (confirming one records the 转出, so later meetings no longer expect the member), then the
 * meetings, the pipeline and the appraisal. Each area draws from its own stream per branch.
 */
import type { AppraisalYear } from './appraisal';
import { planAppraisal, writeAppraisal } from './appraisal';
import { planDues, ReceiptNumbers, writeDues } from './dues';
import type { DemoGroup } from './groups';
import type { DemoContext } from './layout';
import { isFull, postHolders, rosterOn, type MemberLife } from './lives';
import { MeetingNumbers, planMeetings, writeMeetings } from './meetings';
import type { IdIssuer } from './people';
import { planApplicant, writeApplicant } from './pipeline';
import { pendingLetter, transferOut } from './transfers';
import type { DemoSink } from './writer';

export interface ActivityCounts {
  meetings: number;
  attendance: number;
  duesProfiles: number;
  payments: number;
  lettersOut: number;
  applicants: number;
  pipelineSteps: number;
  appraisalResults: number;
}

export const emptyCounts = (): ActivityCounts => ({ meetings: 0, attendance: 0, duesProfiles: 0, payments: 0, lettersOut: 0, applicants: 0, pipelineSteps: 0, appraisalResults: 0 });

/** What every branch of one run shares: numbering that is unique in the store. */
export class Shared {
  readonly receipts = new ReceiptNumbers();
  readonly meetings = new MeetingNumbers();
  constructor(
    readonly ids: IdIssuer,
    readonly years: readonly AppraisalYear[],
  ) {}
  /** Members of the store's 支部委员会 (votes at 支委会): set up at the branch scale, empty above it. */
  readonly committee = new Set<string>();
}

export interface BranchExtras {
  paidElsewhereTo: ReadonlyMap<string, string | null>;
  /** The general assembly that elected the committee (branch scale only). */
  electionDate: string | null;
}

export function writeActivity(sink: DemoSink, ctx: DemoContext, g: DemoGroup, lives: MemberLife[], shared: Shared, extras: BranchExtras, counts: ActivityCounts): void {
  const fork = (area: string) => ctx.root.fork(`${area}:${g.index}`);
  const branch = fork('branch');
  const today = ctx.today;
  const secretary = g.secretaryName ?? rosterOn(lives, today).find((l) => isFull(l, today))?.name ?? lives[0]!.name;
  const themeDay = branch.int(5, 25);

  const dues = fork('dues');
  const duesBranch = { farmerFen: dues.pick([20, 50, 100]), day: themeDay };
  for (const l of lives) {
    const plan = planDues(dues, l, duesBranch, { from: ctx.activityStart, today, paidElsewhereTo: extras.paidElsewhereTo }, shared.receipts);
    counts.duesProfiles += plan.profiles.length;
    counts.payments += writeDues(sink, plan);
  }

  const letters = fork('transfers');
  // One branch on its own always has a letter waiting for its 回执, so the screen shows one.
  const waiting = ctx.scale === 'branch' ? lives.find((l) => l.person.fate === 'stay' && !l.person.fields.partyPost && !l.person.fields.mobileMember) : undefined;
  for (const l of lives) {
    const out = l.person.events.find((e) => e.kind === 'transfer-out');
    if (out) transferOut(sink, letters, l.code, out, l.inDate);
    else if (l === waiting) pendingLetter(sink, letters, l.code, false);
    else if (l.person.fate === 'stay' && l.outDate === null && letters.chance(0.01)) pendingLetter(sink, letters, l.code, letters.chance(0.25));
    else continue;
    counts.lettersOut += 1;
  }

  const committee = postHolders(lives);
  const planned = planMeetings(
    fork('meetings'),
    {
      groupCode: ctx.scale === 'branch' ? null : g.spec.code,
      partyGroups: g.spec.partyGroups,
      lives,
      secretary,
      committee: committee.length >= 3 ? committee : [],
      themeDay,
      electionDate: extras.electionDate,
    },
    { from: ctx.activityStart, today },
  );
  counts.meetings += planned.length;
  counts.attendance += writeMeetings(sink, planned, { committee: shared.committee, lives: new Map(lives.map((l) => [l.code, l])) }, shared.meetings);

  const pipeline = fork('pipeline');
  const size = rosterOn(lives, today).length;
  const applicants = Math.max(ctx.scale === 'branch' ? 4 : 0, Math.round(size * (0.03 + pipeline.next() * 0.06)));
  // One branch on its own shows every stage; a 党委's thousands of files spread by chance.
  const stages = ctx.scale === 'branch' ? (['applicant', 'activist', 'candidate'] as const) : [];
  for (let i = 0; i < applicants; i++) {
    const plan = planApplicant(pipeline, { today, home: g.spec.home, ids: shared.ids }, lives, committee, stages[i]);
    counts.applicants += 1;
    counts.pipelineSteps += writeApplicant(sink, plan);
  }

  const appraisal = fork('appraisal');
  for (const y of shared.years) counts.appraisalResults += writeAppraisal(sink, planAppraisal(appraisal, y, lives));
}
