import { Alert, Descriptions, Statistic, Table, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import { useAppShell } from '../../app/app-context';
import { useT } from '../../i18n/context';
import { Fingerprint } from './Fingerprint';
import { entityName } from './names';
import type { ImportSummary } from './types';

type Change = ImportSummary['changes'][number];
type Action = Change['action'];

const ACTION_COLOURS: Record<Action, string> = { new: 'green', changed: 'blue', unchanged: 'default', rejected: 'red' };
const ACTIONS: readonly Action[] = ['new', 'changed', 'unchanged', 'rejected'];

/**
 * The dry-run summary (or what was imported), DHIS2-style: where the file comes from and the
 * two things to compare with the cover sheet, then new / changed / unchanged / rejected, then
 * every change with its reason in Chinese.
 */
export function ImportSummaryView({ summary }: { summary: ImportSummary }) {
  const t = useT();
  const { branch } = useAppShell();
  const sender = summary.senderName ? `${summary.senderName}（${summary.sender}）` : summary.sender;
  const recipient = branch && branch.code === summary.recipient ? `${branch.name}（${branch.code}）` : summary.recipient;
  return (
    <div className="bd-exchange-summary" data-testid="import-summary">
      <Descriptions
        bordered
        size="small"
        column={1}
        items={[
          { key: 'kind', label: t('exchange.summary.kind'), children: t(`exchange.kind.${summary.kind}`) },
          { key: 'sender', label: t('exchange.summary.sender'), children: sender },
          { key: 'recipient', label: t('exchange.summary.recipient'), children: recipient },
          ...(summary.period ? [{ key: 'period', label: t('exchange.summary.period'), children: summary.period }] : []),
          ...(summary.sequence > 0 ? [{ key: 'sequence', label: t('exchange.summary.sequence'), children: t('exchange.sequence', { n: summary.sequence }) }] : []),
          { key: 'created', label: t('exchange.summary.created'), children: dayjs(summary.createdAt).format(t('format.dateTime')) },
          { key: 'hash', label: t('exchange.summary.fileHash'), children: <span className="bd-exchange-hash bd-exchange-hash-screen">{summary.fileHashShort}</span> },
          ...(summary.senderFingerprint.length
            ? [{ key: 'fp', label: t('exchange.summary.fingerprint'), children: <Fingerprint groups={summary.senderFingerprint} label={t('exchange.summary.fingerprint')} size="normal" /> }]
            : []),
        ]}
      />
      {/* A replay changes nothing and the screen above already says when it came: no counts, no notes to repeat it. */}
      {summary.status !== 'replayed' ? (
        <>
          <Typography.Paragraph type="secondary" className="bd-exchange-compare-hint">
            {t('exchange.summary.compareHint')}
          </Typography.Paragraph>
          <div className="bd-exchange-counts">
            {ACTIONS.map((a) => (
              <Statistic key={a} title={t(`exchange.action.${a}`)} value={summary.counts[a] ?? 0} className={`bd-exchange-count-${a}`} />
            ))}
          </div>
          {summary.notes.length ? <Alert type="info" showIcon title={summary.notes.map((n, i) => <div key={i}>{n}</div>)} /> : null}
        </>
      ) : null}
      {summary.changes.length ? (
        <Table<Change>
          rowKey={(c) => `${c.entity}/${c.code}`}
          size="small"
          dataSource={summary.changes}
          pagination={summary.changes.length > 20 ? { pageSize: 20, showSizeChanger: false } : false}
          columns={[
            { key: 'action', title: t('exchange.summary.col.action'), width: 90, render: (_v, c) => <Tag color={ACTION_COLOURS[c.action]}>{t(`exchange.action.${c.action}`)}</Tag> },
            { key: 'entity', title: t('exchange.summary.col.entity'), width: 110, render: (_v, c) => entityName(t, c.entity) },
            { key: 'label', title: t('exchange.summary.col.label'), dataIndex: 'label', width: 180 },
            { key: 'code', title: t('exchange.summary.col.code'), dataIndex: 'code', width: 170, className: 'bd-mono' },
            { key: 'reason', title: t('exchange.summary.col.reason'), render: (_v, c) => c.reason ?? '' },
          ]}
        />
      ) : null}
    </div>
  );
}
