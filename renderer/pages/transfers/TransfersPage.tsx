import { Tabs, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { useLoad } from '../../hooks/use-load';
import { useLoadWith } from '../../hooks/use-load-with';
import { useT } from '../../i18n/context';
import { MemberDetailDrawer } from '../members/MemberDetailDrawer';
import { MemberFormDrawer } from '../members/MemberFormDrawer';
import { FlowsTab } from './FlowsTab';
import { InLettersTab } from './InLettersTab';
import { OutLettersTab } from './OutLettersTab';
import { RegisterTab } from './RegisterTab';
import '../../styles/transfers.css';

type TabKey = 'out' | 'in' | 'flows' | 'register';

/**
 * 组织关系转接: letters out (issue, print, receipt, confirm), letters in (the member is created
 * with the letter), 流动党员, and the 介绍信登记簿. A branch writes a few letters a year, so the
 * register is read whole once and each tab shows its part of it. A member named in a letter
 * opens in the roster's own drawer, history included, even after leaving the roster.
 */
export function TransfersPage() {
  const t = useT();
  const [tab, setTab] = useState<TabKey>('out');
  const letters = useLoadWith('transfers.register', {});
  const all = useMemo(() => letters.value ?? [], [letters.value]);
  const groupsLoad = useLoad('groups.list');
  const groups = useMemo(() => new Map((groupsLoad.value ?? []).map((g) => [g.code, g.name])), [groupsLoad.value]);
  const [memberCode, setMemberCode] = useState<string | null>(null);
  const detail = useLoadWith('members.get', memberCode ? { code: memberCode } : null);
  const [editCode, setEditCode] = useState<string | null>(null);

  const changed = () => {
    letters.reload();
    if (memberCode) detail.reload();
  };
  const common = { letters: letters, onChanged: changed, onOpenMember: setMemberCode };

  return (
    <div className="bd-page bd-page-wide bd-transfers">
      <Typography.Title level={2} className="bd-page-title">
        {t('transfers.title')}
      </Typography.Title>
      <Tabs
        activeKey={tab}
        onChange={(k) => setTab(k as TabKey)}
        size="large"
        items={[
          { key: 'out', label: t('transfers.tab.out'), children: <OutLettersTab {...common} list={all.filter((l) => l.direction === 'out')} /> },
          { key: 'in', label: t('transfers.tab.in'), children: <InLettersTab {...common} list={all.filter((l) => l.direction === 'in')} groups={groupsLoad.value ?? []} /> },
          { key: 'flows', label: t('transfers.tab.flows'), children: <FlowsTab onChanged={() => (memberCode ? detail.reload() : undefined)} onOpenMember={setMemberCode} /> },
          { key: 'register', label: t('transfers.tab.register'), children: <RegisterTab letters={letters} list={all} /> },
        ]}
      />
      <MemberDetailDrawer
        code={memberCode}
        detail={detail}
        groups={groups}
        onClose={() => setMemberCode(null)}
        onEdit={setEditCode}
        onChanged={changed}
      />
      <MemberFormDrawer
        mode={editCode ? { kind: 'edit', code: editCode } : null}
        groups={groupsLoad.value ?? []}
        onClose={() => setEditCode(null)}
        onSaved={() => {
          setEditCode(null);
          changed();
        }}
      />
    </div>
  );
}
