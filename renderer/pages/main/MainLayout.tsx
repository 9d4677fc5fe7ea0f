import {
  AuditOutlined,
  BarChartOutlined,
  FileProtectOutlined,
  HomeOutlined,
  LockOutlined,
  MoneyCollectOutlined,
  SettingOutlined,
  SwapOutlined,
  TeamOutlined,
  UserAddOutlined,
  CalendarOutlined,
  CloudSyncOutlined,
  ApartmentOutlined,
} from '@ant-design/icons';
import { Button, Layout, Menu, Spin, Typography } from 'antd';
import { lazy, Suspense, useState, type ComponentType, type ReactNode } from 'react';
import { useAppShell } from '../../app/app-context';
import { NavigationContext, type PageKey } from '../../app/navigation';
import { useIdleLock } from '../../hooks/use-idle-lock';
import { useT } from '../../i18n/context';
import type { MessageKey } from '../../i18n/zh-CN';
import { HomePage } from '../home/HomePage';
import { RosterPage } from '../members/RosterPage';

/**
 * Home and the roster come with the shell; every other area is its own chunk, loaded when it is
 * first opened, so the app appears sooner at start-up (the shell measured 0.74–0.89 s with all
 * areas in one bundle, docs/BENCHMARKS.md).
 */
function areaPage(load: () => Promise<ComponentType>) {
  const Page = lazy(async () => ({ default: await load() }));
  return () => <Page />;
}

const ImportPage = areaPage(async () => (await import('../import/ImportPage')).ImportPage);
const StructurePage = areaPage(async () => (await import('../structure/StructurePage')).StructurePage);
const MeetingsPage = areaPage(async () => (await import('../meetings/MeetingsPage')).MeetingsPage);
const DevelopmentPage = areaPage(async () => (await import('../development/DevelopmentPage')).DevelopmentPage);
const AppraisalPage = areaPage(async () => (await import('../appraisal/AppraisalPage')).AppraisalPage);
const DuesPage = areaPage(async () => (await import('../dues/DuesPage')).DuesPage);
const TransfersPage = areaPage(async () => (await import('../transfers/TransfersPage')).TransfersPage);
const ReportsPage = areaPage(async () => (await import('../reports/ReportsPage')).ReportsPage);
const ExchangePage = areaPage(async () => (await import('../exchange/ExchangePage')).ExchangePage);
const SettingsPage = areaPage(async () => (await import('../settings/SettingsPage')).SettingsPage);

/** The page of each area; the import wizard is reached from the roster and lights up its item. */
const PAGES: Record<PageKey, () => ReactNode> = {
  home: () => <HomePage />,
  members: () => <RosterPage />,
  structure: StructurePage,
  import: ImportPage,
  meetings: MeetingsPage,
  development: DevelopmentPage,
  appraisal: AppraisalPage,
  dues: DuesPage,
  transfers: TransfersPage,
  reports: ReportsPage,
  exchange: ExchangePage,
  settings: SettingsPage,
};

function isPageKey(key: string): key is PageKey {
  return Object.prototype.hasOwnProperty.call(PAGES, key);
}

interface Area {
  key: PageKey;
  labelKey: MessageKey;
  icon: ReactNode;
}

const AREAS: readonly Area[] = [
  { key: 'home', labelKey: 'nav.home', icon: <HomeOutlined /> },
  { key: 'members', labelKey: 'nav.members', icon: <TeamOutlined /> },
  // 党小组 and the 支委会 sit next to the roster because both are made of its members and the
  // structure rules count them; 设置 is kept for the program itself (passphrase, backups, display).
  { key: 'structure', labelKey: 'nav.structure', icon: <ApartmentOutlined /> },
  { key: 'meetings', labelKey: 'nav.meetings', icon: <CalendarOutlined /> },
  { key: 'development', labelKey: 'nav.development', icon: <UserAddOutlined /> },
  { key: 'appraisal', labelKey: 'nav.appraisal', icon: <AuditOutlined /> },
  { key: 'dues', labelKey: 'nav.dues', icon: <MoneyCollectOutlined /> },
  { key: 'transfers', labelKey: 'nav.transfers', icon: <SwapOutlined /> },
  { key: 'reports', labelKey: 'nav.reports', icon: <BarChartOutlined /> },
  { key: 'exchange', labelKey: 'nav.exchange', icon: <CloudSyncOutlined /> },
  { key: 'settings', labelKey: 'nav.settings', icon: <SettingOutlined /> },
];

export function MainLayout() {
  const t = useT();
  const { branch, preferences, lock } = useAppShell();
  const [page, setPage] = useState<PageKey>('home');
  useIdleLock(preferences.idleLockMinutes, () => void lock('idle'));

  const items = AREAS.map((a) => ({ key: a.key, icon: a.icon, label: t(a.labelKey) }));

  return (
    <Layout className="bd-main">
      <Layout.Header className="bd-header">
        <div className="bd-header-brand">
          <FileProtectOutlined aria-hidden />
          <span>{t('app.name')}</span>
        </div>
        <div className="bd-header-branch">
          <Typography.Text className="bd-header-branch-name" ellipsis>
            {branch?.name}
          </Typography.Text>
          {branch ? <span className="bd-header-branch-code">{t('header.code', { code: branch.code })}</span> : null}
        </div>
        <Button icon={<LockOutlined />} onClick={() => void lock()} className="bd-lock-button">
          {t('header.lock')}
        </Button>
      </Layout.Header>
      <Layout>
        <Layout.Sider width={260} theme="light" className="bd-sider" breakpoint="lg" collapsedWidth={0}>
          <nav aria-label={t('nav.menu')}>
            <Menu
              mode="inline"
              selectedKeys={[page === 'import' ? 'members' : page]}
              items={items}
              onClick={({ key }) => {
                if (isPageKey(key)) setPage(key);
              }}
            />
          </nav>
        </Layout.Sider>
        <Layout.Content className="bd-content">
          <NavigationContext.Provider value={setPage}>
            <Suspense fallback={<Spin size="large" className="bd-page-loading" />}>{PAGES[page]()}</Suspense>
          </NavigationContext.Provider>
        </Layout.Content>
      </Layout>
    </Layout>
  );
}
