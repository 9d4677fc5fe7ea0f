import { Card, Space, Typography } from 'antd';
import { ErrorAlert } from '../../components/ErrorAlert';
import { StructureWarnings } from '../../components/StructureWarnings';
import { useLoad } from '../../hooks/use-load';
import { useT } from '../../i18n/context';
import { CommitteeCard } from './CommitteeCard';
import { GroupsCard } from './GroupsCard';

/** 支部组织: the 党小组, the 支部委员会 and what the 支部工作条例 says about them. */
export function StructurePage() {
  const t = useT();
  const committee = useLoad('committee.get');
  return (
    <Space orientation="vertical" size="large" className="bd-page">
      <Typography.Title level={2} className="bd-page-title">
        {t('structure.title')}
      </Typography.Title>
      <Card title={t('structure.warnings.title')}>
        <ErrorAlert error={committee.error} />
        {committee.value ? <StructureWarnings warnings={committee.value.warnings} /> : null}
      </Card>
      <CommitteeCard committee={committee} />
      <GroupsCard onChanged={committee.reload} />
    </Space>
  );
}
