import { Alert, App, Form, Input, Modal, Radio, Select, Typography } from 'antd';
import { useEffect, useState } from 'react';
import type { FieldIssue } from '../../api/types';
import { ErrorAlert } from '../../components/ErrorAlert';
import { IssueList } from '../../components/IssueList';
import { useApiCall } from '../../hooks/use-api-call';
import { useFormIssueTargets } from '../../hooks/use-form-issues';
import { useLoadWith } from '../../hooks/use-load-with';
import { useT } from '../../i18n/context';
import type { FieldSpec } from '../../lib/field-errors';
import { formatYuan, parseYuan } from '../../lib/money';
import { explainDue, previewDue, type DuesCategory } from './dues-logic';
import { explanationText, readableDuesError, readableDuesParams } from './dues-text';
import { DUES_CATEGORIES, REDUCTIONS, type Reduction } from './dues-values';
import { MonthField } from './MonthField';
import { clearErrors } from './clear-errors';

export interface ProfileTarget {
  memberCode: string;
  name: string;
}

interface Values {
  fromMonth?: string | null;
  category?: DuesCategory;
  /** 元 as typed; named after the backend's fields so its issues land here. */
  baseFen?: string;
  fixedFen?: string;
  reduction: Reduction;
  approvalRef?: string;
  note?: string;
}

const FIELDS: readonly FieldSpec[] = [
  { name: 'fromMonth', labelKey: 'dues.profile.fromMonth', choice: true },
  { name: 'category', labelKey: 'dues.profile.category', choice: true },
  { name: 'baseFen', labelKey: 'dues.profile.base' },
  { name: 'fixedFen', labelKey: 'dues.profile.fixed' },
  { name: 'reduction', labelKey: 'dues.profile.reduction', choice: true },
  { name: 'approvalRef', labelKey: 'dues.profile.approvalRef', max: 100 },
  { name: 'note', labelKey: 'dues.profile.note', max: 500 },
];

const RATE_HELP: Partial<Record<DuesCategory, 'dues.baseHelp.employed' | 'dues.baseHelp.annual-salary' | 'dues.baseHelp.self-employed' | 'dues.baseHelp.retired'>> = {
  employed: 'dues.baseHelp.employed',
  'annual-salary': 'dues.baseHelp.annual-salary',
  'self-employed': 'dues.baseHelp.self-employed',
  retired: 'dues.baseHelp.retired',
};

/** A typed 元 field: null when left empty, the fen when it reads, or the problem to show. */
function readYuan(text: string | undefined): { fen: number | null } | { problem: string } {
  if (!text?.trim()) return { fen: null };
  const r = parseYuan(text);
  return r.ok ? { fen: r.fen } : { problem: r.problem };
}

/**
 * 设置交纳标准 from a month: category, base (or the farmer's amount), and a hardship reduction
 * or exemption with the 上一级党委's approval. A change from a month keeps the earlier months
 * as they were (第十条); the same month again is a correction. The amount is previewed live.
 */
export function ProfileModal({ target, month, onClose, onSaved }: { target: ProfileTarget; month: string; onClose(): void; onSaved(): void }) {
  const t = useT();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const save = useApiCall('dues.setProfile');
  const showIssues = useFormIssueTargets();
  const [unmatched, setUnmatched] = useState<FieldIssue[]>([]);
  const current = useLoadWith('dues.profile', { memberCode: target.memberCode, month });
  const values = Form.useWatch([], form) as Values | undefined;
  const fromMonth = values?.fromMonth ?? month;
  const rulesLoad = useLoadWith('dues.rules', { month: fromMonth });
  const rules = rulesLoad.value?.rules ?? null;

  // The basis in force, once loaded, is the starting point: most changes are a new base.
  const profile = current.value?.current ?? null;
  useEffect(() => {
    if (!profile || profile.memberCode !== target.memberCode) return;
    form.setFieldsValue({
      category: profile.category,
      baseFen: profile.baseFen === null ? '' : formatYuan(profile.baseFen),
      fixedFen: profile.fixedFen === null ? '' : formatYuan(profile.fixedFen),
      reduction: profile.reduction,
      approvalRef: profile.approvalRef ?? '',
    });
  }, [profile, target, form]);

  const category = values?.category ?? null;
  const reduction = values?.reduction ?? 'none';
  const basis = rules?.categories.find((c) => c.category === category)?.basis ?? null;
  const showBase = basis?.kind === 'rate';
  const showFixed = reduction === 'reduced' || (reduction === 'none' && basis?.kind === 'range');
  const base = readYuan(values?.baseFen);
  const fixed = readYuan(values?.fixedFen);
  const baseFen = showBase && 'fen' in base ? base.fen : null;
  const fixedFen = showFixed && 'fen' in fixed ? fixed.fen : null;
  const due = rules && category ? previewDue(rules, { category, baseFen, fixedFen, reduction }) : null;

  const submit = async (v: Values) => {
    setUnmatched([]);
    const errors = [
      ...(showBase && 'problem' in base ? [{ name: 'baseFen' as const, errors: [t(`dues.amount.${base.problem}` as 'dues.amount.format')] }] : []),
      ...(showFixed && 'problem' in fixed ? [{ name: 'fixedFen' as const, errors: [t(`dues.amount.${fixed.problem}` as 'dues.amount.format')] }] : []),
    ];
    if (errors.length) {
      form.setFields(errors);
      return;
    }
    const result = await save.run({
      memberCode: target.memberCode,
      fromMonth: v.fromMonth ?? '',
      category: v.category as DuesCategory,
      baseFen,
      fixedFen,
      reduction: v.reduction,
      approvalRef: reduction === 'none' ? null : v.approvalRef?.trim() || null,
      note: v.note?.trim() || null,
    });
    if (!result.ok) {
      setUnmatched(showIssues(form, readableDuesError(t, result.error), [{ prefix: [], specs: FIELDS }]) ?? []);
      return;
    }
    void message.success(t('dues.profile.saved', { name: target.name, standard: result.value.profile.standardLabel, amount: formatYuan(result.value.profile.monthlyDueFen) }), 4);
    for (const w of result.value.warnings) void message.warning(t(`dues.warning.${w.code}` as 'dues.warning.PROFILE_IN_FUTURE', readableDuesParams(t, w.params)), 10);
    onSaved();
    onClose();
  };

  return (
    <Modal
      open
      title={t('dues.profile.title', { name: target.name })}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={t('common.save')}
      okButtonProps={{ loading: save.loading }}
      cancelText={t('common.cancel')}
      width={640}
    >
      <Typography.Paragraph type="secondary">{t('dues.profile.intro')}</Typography.Paragraph>
      <ErrorAlert error={save.error ?? current.error} className="bd-form-alert" />
      <IssueList issues={unmatched} />
      <Form
        form={form}
        name="dues-profile"
        layout="vertical"
        initialValues={{ fromMonth: month, reduction: 'none' }}
        onFinish={(v) => void submit(v)}
        onValuesChange={(changed: Partial<Values>) => clearErrors(form, changed)}
      >
        <Form.Item name="fromMonth" label={t('dues.profile.fromMonth')} required extra={t('dues.profile.fromMonthHelp')}>
          <MonthField />
        </Form.Item>
        <Form.Item name="category" label={t('dues.profile.category')} required>
          <Select placeholder={t('field.choose')} options={DUES_CATEGORIES.map((c) => ({ value: c, label: t(`dues.category.${c}`) }))} />
        </Form.Item>
        {showBase ? (
          <Form.Item name="baseFen" label={t('dues.profile.base')} required extra={category && RATE_HELP[category] ? t(RATE_HELP[category]) : null}>
            <Input inputMode="decimal" suffix={t('dues.unit')} className="bd-dues-amount" />
          </Form.Item>
        ) : null}
        <Form.Item name="reduction" label={t('dues.profile.reduction')}>
          <Radio.Group optionType="button" options={REDUCTIONS.map((r) => ({ value: r, label: t(`dues.reduction.${r}`) }))} />
        </Form.Item>
        {showFixed ? (
          <Form.Item
            name="fixedFen"
            label={t(reduction === 'reduced' ? 'dues.profile.reducedAmount' : 'dues.profile.farmerAmount')}
            required
            extra={basis?.kind === 'range' && reduction === 'none' ? t('dues.profile.farmerHelp', { min: formatYuan(basis.minFen), max: formatYuan(basis.maxFen) }) : null}
          >
            <Input inputMode="decimal" suffix={t('dues.unit')} className="bd-dues-amount" />
          </Form.Item>
        ) : null}
        {reduction !== 'none' ? (
          <Form.Item name="approvalRef" label={t('dues.profile.approvalRef')} required extra={t('dues.profile.approvalHelp')}>
            <Input maxLength={100} />
          </Form.Item>
        ) : null}
        <Form.Item name="note" label={t('dues.profile.note')}>
          <Input maxLength={500} />
        </Form.Item>
        {rules && category && due !== null ? (
          <Alert
            type="info"
            showIcon
            data-testid="dues-profile-preview"
            title={t('dues.profile.preview', { amount: formatYuan(due) })}
            description={explanationText(t, explainDue(rules, { category, baseFen, dueFen: due }))}
          />
        ) : null}
        <button type="submit" className="bd-hidden-submit" tabIndex={-1} aria-hidden />
      </Form>
    </Modal>
  );
}
