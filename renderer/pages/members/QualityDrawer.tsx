import { Button, Card, Drawer, Empty, Result, Skeleton, Space, Typography } from 'antd';
import { useMemo } from 'react';
import type { QualityProblem } from '../../api/types';
import { ErrorAlert } from '../../components/ErrorAlert';
import type { Loaded } from '../../hooks/use-load';
import { useT } from '../../i18n/context';
import type { Translate } from '../../i18n/translate';
import { describeIssue } from '../../lib/field-errors';
import { memberFieldLabelKey } from '../../lib/member-fields';

/** A 党委's check can list thousands of members; a page of them is what anyone works through at once. */
const SHOWN_MEMBERS = 200;

interface Props {
  open: boolean;
  quality: Loaded<QualityProblem[]>;
  onClose(): void;
  /** Opens the member form at the field to fix. */
  onFix(code: string, field: string): void;
}

export function qualityProblemText(t: Translate, p: QualityProblem): string {
  const labelKey = memberFieldLabelKey(p.field);
  const label = labelKey ? t(labelKey) : p.field;
  if (p.kind === 'missing') return t('quality.missing', { label });
  return describeIssue(t, { code: p.problem, ...(p.params ? { params: p.params } : {}) }, label, p.field) ?? t('quality.invalid', { label });
}

/** 数据检查: what each member's record still lacks for the 采集表, or no longer passes, with a way to fix it. */
export function QualityDrawer({ open, quality, onClose, onFix }: Props) {
  const t = useT();
  const byMember = useMemo(() => {
    const groups = new Map<string, { name: string; problems: QualityProblem[] }>();
    for (const p of quality.value ?? []) {
      const g = groups.get(p.code) ?? { name: p.name, problems: [] };
      g.problems.push(p);
      groups.set(p.code, g);
    }
    return [...groups];
  }, [quality.value]);

  return (
    <Drawer open={open} onClose={onClose} size={720} title={t('quality.title')} extra={<Button onClick={quality.reload} loading={quality.loading}>{t('quality.recheck')}</Button>}>
      <Typography.Paragraph type="secondary">{t('quality.intro')}</Typography.Paragraph>
      <ErrorAlert error={quality.error} />
      {quality.value === null ? <Skeleton active loading={quality.loading} /> : null}
      {quality.value && byMember.length === 0 ? <Result status="success" title={t('quality.none')} /> : null}
      {byMember.length > 0 ? (
        <Space orientation="vertical" className="bd-full-width" size="middle" data-testid="quality-list">
          <Typography.Text strong>{t('quality.summary', { members: byMember.length, problems: quality.value?.length ?? 0 })}</Typography.Text>
          {byMember.length > SHOWN_MEMBERS ? <Typography.Text type="secondary">{t('quality.partial', { shown: SHOWN_MEMBERS })}</Typography.Text> : null}
          {byMember.slice(0, SHOWN_MEMBERS).map(([code, g]) => (
            <Card key={code} size="small" title={g.name} extra={<span className="bd-mono">{code}</span>}>
              <ul className="bd-quality-list">
                {g.problems.map((p, i) => (
                  <li key={`${p.field}-${p.problem}-${i}`}>
                    <span className={p.kind === 'missing' ? 'bd-quality-missing' : 'bd-quality-wrong'}>{qualityProblemText(t, p)}</span>
                    <Button type="link" size="small" onClick={() => onFix(code, p.field)}>
                      {t('quality.fix')}
                    </Button>
                  </li>
                ))}
              </ul>
            </Card>
          ))}
        </Space>
      ) : null}
      {quality.value === null && !quality.loading && !quality.error ? <Empty /> : null}
    </Drawer>
  );
}
