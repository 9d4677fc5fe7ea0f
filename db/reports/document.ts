/**
 * The report as a document model: the template's tables filled in and worded, with the branch,
 * the period, who prepared it, the validation status and the explanations. The printed page
 * (renderer) and the Excel file (xlsx.ts) both render this one model, so a figure is formatted
 * in one place.
 */
import type { Figures, ReportDocument, Validation } from '../api/schemas/reports';
import type { Branch } from '../api/schemas/store';
import { fenToYuan, formatYuan } from '../dues/money';
import { formatChineseDate } from '../members/chinese-dates';
import { periodLabel, periodRange, type ReportPeriod } from './periods';
import type { ReportTemplate, TemplateCell } from './templates';

export interface DocumentSource {
  branch: Branch;
  period: ReportPeriod;
  template: ReportTemplate;
  figures: Figures;
  validation: Validation;
  explanations: Record<string, string>;
  /** null for a report computed now and not submitted. */
  version: { version: number; computedAt: string; hash: string; correctionReason: string | null } | null;
  preparedBy: string;
  preparedOn: string;
}

type DocCell = ReportDocument['tables'][number]['rows'][number]['cells'][number];

const BLANK: DocCell = { text: '—', value: null, unit: null, key: null };

function formatted(value: number, unit: Figures[string]['unit'], key: string | null): DocCell {
  if (unit === 'fen') return { text: formatYuan(value), value: fenToYuan(value), unit: 'yuan', key };
  if (unit === 'minutes') {
    const hours = Math.round(value / 6) / 10;
    return { text: String(hours), value: hours, unit: 'hours', key };
  }
  return { text: String(value), value, unit: 'count', key };
}

function cellOf(spec: TemplateCell, figures: Figures): DocCell {
  if (spec === null) return { ...BLANK, text: '' };
  if (typeof spec === 'string') {
    const f = figures[spec];
    return f ? formatted(f.value, f.unit, spec) : BLANK;
  }
  const a = figures[spec.figure];
  const b = figures[spec.minus];
  return a && b ? formatted(a.value - b.value, a.unit, null) : BLANK;
}

export function validationLines(v: Validation): string[] {
  const head =
    v.errors > 0
      ? `校验未通过：${v.errors}项错误须更正记录后重新生成`
      : v.unexplained > 0
        ? `校验通过，另有${v.warnings}项提示，其中${v.unexplained}项尚未说明`
        : `校验通过${v.warnings > 0 ? `，${v.warnings}项提示均已说明` : '，无提示'}`;
  const lines = v.issues.map((i) => `【${i.severity === 'error' ? '错误' : '提示'}】${i.message}`);
  return [head, ...lines];
}

export function buildReportDocument(src: DocumentSource): ReportDocument {
  const { branch, period, template, figures, validation, version } = src;
  const label = periodLabel(period);
  const topics = new Map(validation.issues.map((i) => [i.key, i.message]));
  return {
    orgName: branch.name,
    orgCode: branch.code,
    title: `${branch.name}${label}${template.title}`,
    periodLabel: label,
    periodRange: periodRange(period),
    templateNote: template.note,
    version: version?.version ?? null,
    statusLine: version ? `第${version.version}版，${formatChineseDate(version.computedAt.slice(0, 10))}上报` : '草稿：按当前记录计算，尚未上报',
    correctionNote: version?.correctionReason ? `更正版本，更正原因：${version.correctionReason}` : null,
    preparedBy: src.preparedBy,
    preparedOn: src.preparedOn,
    tables: template.tables.map((t) => ({
      key: t.key,
      title: t.title,
      note: t.note ?? null,
      columns: t.columns,
      rows: t.rows.map((r) => ({ label: r.label, indent: r.indent ?? 0, cells: r.cells.map((c) => cellOf(c, figures)) })),
    })),
    validationLines: validationLines(validation),
    explanations: Object.entries(src.explanations).map(([key, text]) => ({ topic: topics.get(key) ?? key, text })),
    hash: version?.hash ?? null,
  };
}
