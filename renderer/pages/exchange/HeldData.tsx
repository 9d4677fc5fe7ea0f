import { Alert, Button, Card, Drawer, Table, Tabs, Tag } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { ErrorAlert } from '../../components/ErrorAlert';
import type { Loaded } from '../../hooks/use-load';
import { useLoadWith } from '../../hooks/use-load-with';
import { useT } from '../../i18n/context';
import type { HeldMember, HeldOrganisation, HeldReport } from './types';

const PAGE = 50;

/** What we hold of each level below (分级维护): read only here, refreshed only by that level's next bundle. */
export function HeldData({ held }: { held: Loaded<HeldOrganisation[]> }) {
  const t = useT();
  const [open, setOpen] = useState<HeldOrganisation | null>(null);
  return (
    <Card title={t('exchange.held.title')}>
      <Alert type="info" showIcon title={t('exchange.held.readOnly')} className="bd-exchange-gap-below" />
      <ErrorAlert error={held.error} />
      <div data-testid="held-orgs">
        <Table<HeldOrganisation>
          rowKey="orgCode"
          size="middle"
          pagination={false}
          loading={held.loading && !held.value}
          dataSource={held.value ?? []}
          locale={{ emptyText: t('exchange.held.none') }}
          columns={[
            { key: 'org', title: t('exchange.held.col.org'), render: (_v, o) => (o.name ? `${o.name}（${o.orgCode}）` : o.orgCode) },
            // A level that sent only reports has sent no roster: "0 人" would read as an empty branch.
            { key: 'members', title: t('exchange.held.col.members'), render: (_v, o) => (o.members + o.left === 0 ? t('exchange.held.noRoster') : t('exchange.held.people', { count: o.members })) },
            { key: 'left', title: t('exchange.held.col.left'), render: (_v, o) => (o.members + o.left === 0 ? '—' : t('exchange.held.people', { count: o.left })) },
            { key: 'reports', title: t('exchange.held.col.reports'), render: (_v, o) => (o.reports.length ? o.reports.join('、') : '—') },
            { key: 'updated', title: t('exchange.held.col.updated'), render: (_v, o) => dayjs(o.updatedAt).format(t('format.dateTime')) },
            { key: 'view', title: t('exchange.actions'), render: (_v, o) => <Button size="small" onClick={() => setOpen(o)}>{t('exchange.held.view')}</Button> },
          ]}
        />
      </div>
      <Drawer open={open !== null} size="large" title={open ? t('exchange.held.drawerTitle', { name: open.name ?? open.orgCode }) : ''} onClose={() => setOpen(null)} destroyOnHidden>
        {open ? <HeldDetail org={open} /> : null}
      </Drawer>
    </Card>
  );
}

function HeldDetail({ org }: { org: HeldOrganisation }) {
  const t = useT();
  const [page, setPage] = useState(1);
  const members = useLoadWith('bundles.heldMembers', { owner: org.orgCode, offset: (page - 1) * PAGE, limit: PAGE });
  const reports = useLoadWith('bundles.heldReports', { owner: org.orgCode });
  return (
    <>
      <Alert type="info" showIcon title={t('exchange.held.readOnlyOne', { name: org.name ?? org.orgCode })} className="bd-exchange-gap-below" />
      <Tabs
        items={[
          {
            key: 'members',
            label: t('exchange.held.tab.members', { count: org.members + org.left }),
            children: (
              <>
                <ErrorAlert error={members.error} />
                <Table<HeldMember>
                  rowKey="code"
                  size="small"
                  loading={members.loading}
                  dataSource={members.value?.rows ?? []}
                  pagination={{ current: page, pageSize: PAGE, total: members.value?.total ?? 0, onChange: setPage, showSizeChanger: false }}
                  columns={[
                    { key: 'name', title: t('exchange.held.col.name'), dataIndex: 'name' },
                    { key: 'code', title: t('exchange.held.col.code'), dataIndex: 'code', className: 'bd-mono' },
                    { key: 'type', title: t('exchange.held.col.type'), render: (_v, m) => (m.memberType === 'probationary' ? t('exchange.held.probationary') : m.memberType === 'full' ? t('exchange.held.full') : '—') },
                    { key: 'join', title: t('exchange.held.col.join'), render: (_v, m) => m.joinDate ?? '—' },
                    { key: 'state', title: t('exchange.held.col.state'), render: (_v, m) => (m.left ? <Tag>{m.left}</Tag> : <Tag color="green">{t('exchange.held.onRoll')}</Tag>) },
                  ]}
                />
              </>
            ),
          },
          {
            key: 'reports',
            label: t('exchange.held.tab.reports', { count: org.reports.length }),
            children: (
              <>
                <ErrorAlert error={reports.error} />
                <Table<HeldReport>
                  rowKey="code"
                  size="small"
                  loading={reports.loading}
                  dataSource={reports.value ?? []}
                  pagination={false}
                  columns={[
                    { key: 'period', title: t('exchange.held.col.period'), dataIndex: 'period' },
                    { key: 'version', title: t('exchange.held.col.version'), render: (_v, r) => t('exchange.held.version', { n: r.version }) },
                    { key: 'total', title: t('exchange.held.col.total'), render: (_v, r) => (r.total === null ? '—' : t('exchange.held.people', { count: r.total })) },
                    { key: 'computed', title: t('exchange.held.col.computed'), render: (_v, r) => (r.computedAt ? dayjs(r.computedAt).format(t('format.dateTime')) : '—') },
                    { key: 'updated', title: t('exchange.held.col.received'), render: (_v, r) => dayjs(r.updatedAt).format(t('format.dateTime')) },
                  ]}
                />
              </>
            ),
          },
        ]}
      />
    </>
  );
}
