/**
 * What a submitted version looks like when it leaves the branch (the bundles carry it): the
 * figures with the codes behind each, one table of names by code, the validation, the
 * explanations and the hash. The shape is documented in docs/REPORTS.md; the recipient
 * verifies it with verifyReportPayload, which rebuilds the stored version and re-hashes it.
 */
import type { Figure, FigureItem, Figures, Validation } from '../api/schemas/reports';
import { getSelf } from '../organisation/service';
import type { Store } from '../store/store';
import { parsePeriod } from './periods';
import { getVersion, hashVersion, periodRow } from './records';
import { templateFor } from './templates';

export const REPORT_PAYLOAD_FORMAT = 'branchdesk.report/1';

/** A code whose name is in `names`, or the pair itself when the same code carried another name (a renamed member in 期初 figures). */
export type PayloadItem = string | FigureItem;

export interface ReportPayload {
  format: typeof REPORT_PAYLOAD_FORMAT;
  org: { code: string; name: string };
  period: { id: string; kind: string; start: string; end: string };
  templateId: string;
  version: number;
  computedAt: string;
  correctionReason: string | null;
  figures: Record<string, Omit<Figure, 'items'> & { items: PayloadItem[] }>;
  names: Record<string, string>;
  validation: Validation;
  explanations: Record<string, string>;
  /** SHA-256 (hex) of the canonical JSON of the stored version; see records.ts versionContent. */
  hash: string;
}

function compact(figures: Figures): Pick<ReportPayload, 'figures' | 'names'> {
  const names: Record<string, string> = {};
  const out: ReportPayload['figures'] = {};
  for (const key of Object.keys(figures).sort()) {
    const { items, ...rest } = figures[key]!;
    out[key] = {
      ...rest,
      items: items.map((i) => {
        names[i.code] ??= i.name;
        return names[i.code] === i.name ? i.code : { code: i.code, name: i.name };
      }),
    };
  }
  return { figures: out, names };
}

export function expandFigures(payload: Pick<ReportPayload, 'figures' | 'names'>): Figures {
  return Object.fromEntries(
    Object.entries(payload.figures).map(([key, f]) => [
      key,
      { ...f, items: f.items.map((i) => (typeof i === 'string' ? { code: i, name: payload.names[i] ?? '' } : i)) },
    ]),
  );
}

export function reportPayload(store: Store, periodId: string, version: number): ReportPayload {
  const period = parsePeriod(periodId);
  const v = getVersion(store.sqlite, period.id, version);
  const org = getSelf(store);
  return {
    format: REPORT_PAYLOAD_FORMAT,
    org: { code: org.code, name: org.name },
    period: { id: period.id, kind: period.kind, start: period.start, end: period.end },
    templateId: periodRow(store.sqlite, period.id)?.templateId ?? templateFor(period).id,
    version: v.version,
    computedAt: v.computedAt,
    correctionReason: v.correctionReason,
    ...compact(v.figures),
    validation: v.validation,
    explanations: v.explanations,
    hash: v.hash,
  };
}

/** True when the payload's content is exactly what its hash was computed over. */
export function verifyReportPayload(p: ReportPayload): boolean {
  const content = {
    period: p.period.id,
    version: p.version,
    computedAt: p.computedAt,
    figures: expandFigures(p),
    validation: p.validation,
    explanations: p.explanations,
    correctionReason: p.correctionReason,
  };
  return hashVersion(content) === p.hash;
}
