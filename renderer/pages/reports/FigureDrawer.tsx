import { Button, Drawer, Empty, Statistic, Table, Typography } from 'antd';
import { useT } from '../../i18n/context';
import { figureAmount, isMemberCode, type FigureAmount } from './report-logic';
import type { Figure, FigureItem } from './report-types';

export interface OpenFigure {
  key: string;
  /** The row label (and column) the figure was clicked in. */
  label: string;
  figure: Figure | null;
}

interface Props {
  open: OpenFigure | null;
  orgCode: string;
  onOpenMember(code: string): void;
  onClose(): void;
}

/** 元 or 分钟 after an amount; a count needs no unit (the label says 人 or 次). */
export function unitSuffix(t: ReturnType<typeof useT>, unit: FigureAmount['unit']): string {
  return unit === 'count' ? '' : t(`reports.unit.${unit}`);
}

/** A name in a list: a member's opens the record; a meeting, applicant or time span is plain text. */
export function ItemName({ item, orgCode, onOpenMember }: { item: FigureItem; orgCode: string; onOpenMember(code: string): void }) {
  if (!isMemberCode(item.code, orgCode)) return <span>{item.name}</span>;
  return (
    <Button type="link" size="small" className="bd-report-member-link" onClick={() => onOpenMember(item.code)}>
      {item.name}
    </Button>
  );
}

/** The names behind one figure of the report (the 党员卡片 principle: every count says whom it counts). */
export function FigureDrawer({ open, orgCode, onOpenMember, onClose }: Props) {
  const t = useT();
  const figure = open?.figure ?? null;
  const amount = figure ? figureAmount(figure) : null;
  return (
    <Drawer open={open !== null} onClose={onClose} size={560} title={open ? t('reports.figure.title', { label: open.label }) : ''} rootClassName="bd-figure-drawer">
      {open && !figure ? <Typography.Paragraph>{t('reports.figure.none')}</Typography.Paragraph> : null}
      {figure && amount ? (
        <>
          <Statistic title={figure.label} value={amount.text} suffix={unitSuffix(t, amount.unit)} />
          <Typography.Paragraph type="secondary" className="bd-report-figure-hint">
            {t(figure.unit === 'count' ? 'reports.figure.countHint' : 'reports.figure.amountHint', { count: figure.items.length })}
          </Typography.Paragraph>
          {figure.items.length === 0 ? (
            <Empty description={t('reports.figure.empty')} />
          ) : (
            <Table<FigureItem & { n: number }>
              size="small"
              rowKey={(r) => `${r.code}|${r.n}`}
              pagination={figure.items.length > 50 ? { pageSize: 50, showSizeChanger: false } : false}
              dataSource={figure.items.map((item, i) => ({ ...item, n: i + 1 }))}
              columns={[
                { key: 'n', title: t('reports.figure.number'), dataIndex: 'n', width: 64 },
                { key: 'name', title: t('reports.figure.name'), render: (_, item) => <ItemName item={item} orgCode={orgCode} onOpenMember={onOpenMember} /> },
                { key: 'code', title: t('reports.figure.code'), dataIndex: 'code', render: (code: string) => <span className="bd-mono">{code}</span> },
              ]}
            />
          )}
        </>
      ) : null}
    </Drawer>
  );
}
