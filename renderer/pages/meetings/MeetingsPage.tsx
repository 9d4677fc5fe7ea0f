import { PlusOutlined } from '@ant-design/icons';
import { Button, Space, Typography } from 'antd';
import { useState } from 'react';
import { useT } from '../../i18n/context';
import { CadenceCard } from './CadenceCard';
import { MeetingEditor } from './MeetingEditor';
import { MeetingList } from './MeetingList';
import { MeetingRecord } from './MeetingRecord';
import type { MeetingInput } from './meeting-types';
import { NewMeetingModal } from './NewMeetingModal';
import '../../styles/meetings.css';

type View = { kind: 'list' } | { kind: 'new'; draft: MeetingInput } | { kind: 'open'; code: string };

/**
 * 组织生活（三会一课）: what the year's meetings are and what the period still needs, the list
 * of records, and one record at a time (the form while it is a draft, the minutes once final).
 */
export function MeetingsPage() {
  const t = useT();
  const [view, setView] = useState<View>({ kind: 'list' });
  const [choosing, setChoosing] = useState(false);
  const back = () => setView({ kind: 'list' });

  if (view.kind === 'new') {
    return <MeetingEditor mode={{ kind: 'new', draft: view.draft }} onBack={back} onDone={(m) => setView({ kind: 'open', code: m.code })} />;
  }
  if (view.kind === 'open') return <MeetingRecord code={view.code} onBack={back} />;
  return (
    <Space orientation="vertical" size="large" className="bd-page bd-page-wide bd-meetings">
      <div className="bd-meetings-top">
        <Typography.Title level={2} className="bd-page-title">
          {t('meetings.title')}
        </Typography.Title>
        <Button type="primary" size="large" icon={<PlusOutlined />} onClick={() => setChoosing(true)}>
          {t('meetings.new')}
        </Button>
      </div>
      <CadenceCard />
      <MeetingList onOpen={(code) => setView({ kind: 'open', code })} />
      <NewMeetingModal
        open={choosing}
        onClose={() => setChoosing(false)}
        onDrafted={(draft) => {
          setChoosing(false);
          setView({ kind: 'new', draft });
        }}
      />
    </Space>
  );
}
