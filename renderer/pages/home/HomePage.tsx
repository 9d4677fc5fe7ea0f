import { Alert, Button, Card, Skeleton, Space, Typography } from 'antd';
import { useState } from 'react';
import type { OpOutput } from '../../api/types';
import { useApiCall } from '../../hooks/use-api-call';
import { useNavigate } from '../../app/navigation';
import { BranchDescriptions } from '../../components/BranchDescriptions';
import { ErrorAlert } from '../../components/ErrorAlert';
import { StructureWarnings } from '../../components/StructureWarnings';
import { useLoad } from '../../hooks/use-load';
import { useT } from '../../i18n/context';
import { CadenceHomeCard } from '../meetings/CadenceHomeCard';
import { DevelopmentHomeCard } from '../development/DevelopmentHomeCard';

export function HomePage() {
  const t = useT();
  const branch = useLoad('branch.get');
  return (
    <Space orientation="vertical" size="large" className="bd-page">
      <Card title={t('home.branchCard')}>
        {branch.value ? <BranchDescriptions branch={branch.value} /> : <Skeleton active loading={branch.loading} />}
        <ErrorAlert error={branch.error} />
      </Card>
      <StructureCard />
      <CadenceHomeCard />
      <DevelopmentHomeCard />
      <AuditCard />
    </Space>
  );
}

/** The 支部工作条例 checks (too few members, 支委会, elections due) where the secretary looks first. */
function StructureCard() {
  const t = useT();
  const navigate = useNavigate();
  const committee = useLoad('committee.get');
  return (
    <Card title={t('home.structure.title')} extra={<Button onClick={() => navigate('structure')}>{t('home.structure.open')}</Button>}>
      <ErrorAlert error={committee.error} />
      {committee.value ? (
        <StructureWarnings warnings={committee.value.warnings} />
      ) : (
        <Skeleton active loading={committee.loading} paragraph={{ rows: 1 }} />
      )}
    </Card>
  );
}

/**
 * The hash chain check in plain words: intact with a count, or where it first breaks. It runs
 * when asked, not on every visit: at 200,000 members it reads every audit row (seconds), and
 * the backend answers one call at a time.
 */
function AuditCard() {
  const t = useT();
  const verify = useApiCall('audit.verify');
  const [result, setResult] = useState<OpOutput<'audit.verify'> | null>(null);
  const check = async () => {
    const r = await verify.run({});
    if (r.ok) setResult(r.value);
  };
  return (
    <Card
      title={t('home.audit.title')}
      extra={
        <Button onClick={() => void check()} loading={verify.loading}>
          {result ? t('home.audit.recheck') : t('home.audit.check')}
        </Button>
      }
    >
      <Typography.Paragraph type="secondary">{t('home.audit.intro')}</Typography.Paragraph>
      <ErrorAlert error={verify.error} />
      {result === null ? null : result.ok ? (
        <Alert type="success" showIcon title={t('home.audit.ok', { count: result.checked })} data-testid="audit-status" />
      ) : (
        <Alert
          type="error"
          showIcon
          title={t('home.audit.broken', { seq: result.firstBrokenSeq ?? '?' })}
          description={t('home.audit.brokenNext')}
          data-testid="audit-status"
        />
      )}
    </Card>
  );
}
