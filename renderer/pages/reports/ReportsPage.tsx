import { Space, Typography } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useAppShell } from '../../app/app-context';
import { useLoadWith } from '../../hooks/use-load-with';
import { useT } from '../../i18n/context';
import { PeriodsCard } from './PeriodsCard';
import { ReportSettingsCard } from './ReportSettingsCard';
import { ReportView } from './ReportView';
import '../../styles/reports.css';

/**
 * 统计报表: the reporting periods of a year with their deadlines and states, the setting of
 * which periods this branch reports, and, once a period is opened, its report.
 */
export function ReportsPage() {
  const t = useT();
  const { branch } = useAppShell();
  const [year, setYear] = useState(() => dayjs().year());
  const [open, setOpen] = useState<string | null>(null);
  const periods = useLoadWith('reports.periods', { year });
  if (open) return <ReportView periodId={open} orgCode={branch?.code ?? ''} onBack={() => setOpen(null)} onChanged={periods.reload} />;
  return (
    <Space orientation="vertical" size="large" className="bd-page">
      <Typography.Title level={2} className="bd-page-title">
        {t('reports.title')}
      </Typography.Title>
      <Typography.Paragraph className="bd-reports-intro">{t('reports.intro')}</Typography.Paragraph>
      <PeriodsCard year={year} onYear={setYear} periods={periods} onOpen={setOpen} />
      <ReportSettingsCard onSaved={periods.reload} />
    </Space>
  );
}
