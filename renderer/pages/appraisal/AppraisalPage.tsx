import { PlusOutlined } from '@ant-design/icons';
import { Button, Card, Select, Skeleton, Space, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useLoad } from '../../hooks/use-load';
import { useT } from '../../i18n/context';
import { OpenYearModal } from './OpenYearModal';
import { YearView } from './YearView';
import '../../styles/appraisal.css';

/** 民主评议党员 (DOMAIN.md §7): choose or open a year, then tally, judge, print and close it. */
export function AppraisalPage() {
  const t = useT();
  const years = useLoad('appraisal.years');
  const [chosen, setChosen] = useState<number | null>(null);
  const [opening, setOpening] = useState(false);
  const all = useMemo(() => years.value ?? [], [years.value]);
  const opened = useMemo(() => all.map((y) => y.year), [all]);
  const current = chosen !== null && all.some((y) => y.year === chosen) ? chosen : (all[0]?.year ?? null);

  return (
    <Space orientation="vertical" size="large" className="bd-page bd-appraisal">
      <div className="bd-appraisal-top">
        <Typography.Title level={2} className="bd-page-title">
          {t('appraisal.title')}
        </Typography.Title>
        <Space wrap>
          {all.length ? (
            <Select<number>
              aria-label={t('appraisal.year')}
              className="bd-appraisal-year"
              value={current ?? undefined}
              onChange={setChosen}
              options={all.map((y) => ({ value: y.year, label: t(y.closedOn ? 'appraisal.yearClosed' : 'appraisal.yearValue', { year: y.year }) }))}
            />
          ) : null}
          <Button type={all.length ? 'default' : 'primary'} icon={<PlusOutlined />} onClick={() => setOpening(true)}>
            {t('appraisal.open')}
          </Button>
        </Space>
      </div>
      <Typography.Paragraph type="secondary" className="bd-appraisal-intro">
        {t('appraisal.intro')}
      </Typography.Paragraph>
      <ErrorAlert error={years.error} />
      {!years.value ? (
        <Skeleton active loading={years.loading} />
      ) : current === null ? (
        <Card>
          <Typography.Title level={4}>{t('appraisal.none')}</Typography.Title>
          <Typography.Paragraph>{t('appraisal.none.next')}</Typography.Paragraph>
          <Button type="primary" size="large" icon={<PlusOutlined />} onClick={() => setOpening(true)}>
            {t('appraisal.open')}
          </Button>
        </Card>
      ) : (
        <YearView key={current} year={current} onChanged={years.reload} />
      )}
      <OpenYearModal
        open={opening}
        opened={opened}
        onClose={() => setOpening(false)}
        onOpened={(year) => {
          setOpening(false);
          setChosen(year);
          years.reload();
        }}
      />
    </Space>
  );
}
