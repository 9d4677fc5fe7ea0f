import { UserAddOutlined } from '@ant-design/icons';
import { Button, Typography } from 'antd';
import { useState } from 'react';
import { useT } from '../../i18n/context';
import '../../styles/development.css';
import { ApplicantFormDrawer } from './ApplicantFormDrawer';
import { PersonView } from './PersonView';
import { PipelineBoard } from './PipelineBoard';
import { RemindersPanel } from './RemindersPanel';

/**
 * 发展党员: what is overdue or due soon, the people in the pipeline by phase with their next
 * step, and one person's file. The person opens in place of the list (the file is long and
 * wants the whole width); going back reads the list and the reminders again.
 */
export function DevelopmentPage() {
  const t = useT();
  const [openCode, setOpenCode] = useState<string | null>(null);
  const [adding, setAdding] = useState(false);

  if (openCode) return <PersonView code={openCode} onBack={() => setOpenCode(null)} />;
  return (
    <div className="bd-page bd-page-wide bd-dev">
      <div className="bd-dev-top">
        <Typography.Title level={2} className="bd-page-title">
          {t('dev.title')}
        </Typography.Title>
        <Button type="primary" size="large" icon={<UserAddOutlined />} onClick={() => setAdding(true)}>
          {t('dev.add')}
        </Button>
      </div>
      <Typography.Paragraph type="secondary">{t('dev.intro')}</Typography.Paragraph>
      <RemindersPanel onOpen={setOpenCode} />
      <PipelineBoard onOpen={setOpenCode} />
      {adding ? (
        <ApplicantFormDrawer
          onClose={() => setAdding(false)}
          onSaved={(person) => {
            setAdding(false);
            setOpenCode(person.code);
          }}
        />
      ) : null}
    </div>
  );
}
