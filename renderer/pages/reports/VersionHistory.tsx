import { DiffOutlined, EyeOutlined } from '@ant-design/icons';
import { Button, Card, Empty, List, Space, Table, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import { useMemo, useState } from 'react';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useLoadWith } from '../../hooks/use-load-with';
import { useT } from '../../i18n/context';
import { ReportTable } from '../../print/reports/ReportTable';
import { ItemName, unitSuffix } from './FigureDrawer';
import { changedCells } from './report-diff';
import { figureAmount } from './report-logic';
import type { ReportDiff, VersionSummary } from './report-types';
import { ruleText } from './ValidationPanel';

interface Props {
  period: string;
  versions: readonly VersionSummary[];
  orgCode: string;
  onView(version: number): void;
  onOpenMember(code: string): void;
}

function amountText(t: ReturnType<typeof useT>, value: number | null, unit: ReportDiff['figures'][number]['unit']): string {
  if (value === null) return t('reports.diff.absent');
  const a = figureAmount({ value, unit });
  return `${a.text}${unitSuffix(t, a.unit)}`;
}

/** A corrected version against the one before it: the changed cells marked, then the changes in words and names. */
function VersionDiff({ period, to, orgCode, onOpenMember }: { period: string; to: VersionSummary; orgCode: string; onOpenMember(code: string): void }) {
  const t = useT();
  const from = to.version - 1;
  const diff = useLoadWith('reports.diff', { period, from, to: to.version });
  const before = useLoadWith('reports.document', { period, version: from });
  const after = useLoadWith('reports.document', { period, version: to.version });
  const changes = useMemo(() => {
    if (!diff.value || !before.value || !after.value) return null;
    return changedCells(before.value, after.value, new Set(diff.value.figures.map((f) => f.key)));
  }, [diff.value, before.value, after.value]);
  const error = diff.error ?? before.error ?? after.error;
  if (error) return <ErrorAlert error={error} />;
  if (!changes || !after.value || !diff.value) return <Typography.Text>{t('common.loading')}</Typography.Text>;
  const tables = after.value.tables.filter((table) => [...changes.keys()].some((id) => id.startsWith(`${table.key}:`)));
  return (
    <Card title={t('reports.diff.title', { from, to: to.version })} data-testid="version-diff">
      {to.correctionReason ? <Typography.Paragraph strong>{t('reports.diff.reason', { reason: to.correctionReason })}</Typography.Paragraph> : null}
      <Typography.Paragraph type="secondary">{t('reports.diff.hint', { cells: changes.size, figures: diff.value.figures.length })}</Typography.Paragraph>
      <div className="bd-doc bd-report-screen">
        {tables.map((table) => (
          <ReportTable key={table.key} table={table} changes={changes} />
        ))}
      </div>
      <List
        className="bd-report-diff-list"
        header={<strong>{t('reports.diff.figures')}</strong>}
        dataSource={diff.value.figures}
        renderItem={(f) => (
          <List.Item>
            <Space orientation="vertical" size={2}>
              <span>
                {f.label}：{amountText(t, f.from, f.unit)} → <strong>{amountText(t, f.to, f.unit)}</strong>
              </span>
              {f.added.length ? (
                <span>
                  {t('reports.diff.added')}：{f.added.map((i) => <ItemName key={i.code} item={i} orgCode={orgCode} onOpenMember={onOpenMember} />)}
                </span>
              ) : null}
              {f.removed.length ? (
                <span>
                  {t('reports.diff.removed')}：{f.removed.map((i) => <ItemName key={i.code} item={i} orgCode={orgCode} onOpenMember={onOpenMember} />)}
                </span>
              ) : null}
            </Space>
          </List.Item>
        )}
      />
      {diff.value.explanations.length ? (
        <List
          header={<strong>{t('reports.diff.explanations')}</strong>}
          dataSource={diff.value.explanations}
          renderItem={(e) => (
            <List.Item>
              {ruleText(t, e.key).title}：{e.from ?? t('reports.diff.absent')} → {e.to ?? t('reports.diff.absent')}
            </List.Item>
          )}
        />
      ) : null}
    </Card>
  );
}

/** 版本记录: every submitted version, which one the screen shows, and what each correction changed. */
export function VersionHistory({ period, versions, orgCode, onView, onOpenMember }: Props) {
  const t = useT();
  const [compare, setCompare] = useState<number | null>(versions.length > 1 ? versions.at(-1)!.version : null);
  const shown = versions.find((v) => v.version === compare) ?? null;
  if (versions.length === 0) return <Empty description={t('reports.versions.none')} />;
  return (
    <Space orientation="vertical" size="large" className="bd-full-width">
      <Table<VersionSummary>
        size="middle"
        rowKey="version"
        pagination={false}
        dataSource={versions}
        columns={[
          { key: 'version', title: t('reports.versions.version'), render: (_, v) => <Tag color={v.version > 1 ? 'cyan' : 'green'}>{t('reports.print.version', { version: v.version })}</Tag> },
          { key: 'at', title: t('reports.versions.at'), render: (_, v) => dayjs(v.computedAt).format(t('format.dateTime')) },
          { key: 'reason', title: t('reports.versions.reason'), render: (_, v) => v.correctionReason ?? t('reports.versions.first') },
          { key: 'warnings', title: t('reports.versions.warnings'), dataIndex: 'warnings' },
          { key: 'hash', title: t('reports.versions.hash'), render: (_, v) => <span className="bd-mono">{v.hash.slice(0, 16)}</span> },
          {
            key: 'actions',
            title: '',
            render: (_, v) => (
              <Space wrap>
                <Button size="small" icon={<EyeOutlined />} onClick={() => onView(v.version)}>
                  {t('reports.versions.view')}
                </Button>
                {v.version > 1 ? (
                  <Button size="small" icon={<DiffOutlined />} onClick={() => setCompare(v.version)}>
                    {t('reports.versions.compare', { version: v.version - 1 })}
                  </Button>
                ) : null}
              </Space>
            ),
          },
        ]}
      />
      {shown ? <VersionDiff key={shown.version} period={period} to={shown} orgCode={orgCode} onOpenMember={onOpenMember} /> : null}
    </Space>
  );
}
