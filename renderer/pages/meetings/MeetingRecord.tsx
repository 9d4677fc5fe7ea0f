import { ArrowLeftOutlined } from '@ant-design/icons';
import { Button, Skeleton, Space } from 'antd';
import { useState } from 'react';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useLoadWith } from '../../hooks/use-load-with';
import { useT } from '../../i18n/context';
import { MeetingEditor } from './MeetingEditor';
import { MeetingView } from './MeetingView';

/** One saved record: the form while it is a draft; the minutes once final, and the form again to amend it. */
export function MeetingRecord({ code, onBack }: { code: string; onBack(): void }) {
  const t = useT();
  const loaded = useLoadWith('meetings.get', { code });
  const [amendReason, setAmendReason] = useState<string | null>(null);
  const m = loaded.value?.code === code ? loaded.value : null;
  if (!m || loaded.loading) {
    return (
      <Space orientation="vertical" className="bd-page bd-page-wide">
        <Button icon={<ArrowLeftOutlined />} onClick={onBack}>
          {t('meetings.backToList')}
        </Button>
        <ErrorAlert error={loaded.error} />
        <Skeleton active loading={loaded.loading} paragraph={{ rows: 10 }} />
      </Space>
    );
  }
  if (m.status === 'draft') return <MeetingEditor key={m.code} mode={{ kind: 'edit', meeting: m }} onBack={onBack} onDone={() => loaded.reload()} />;
  if (amendReason !== null) {
    return (
      <MeetingEditor
        key={`${m.code}-amend`}
        mode={{ kind: 'amend', meeting: m, reason: amendReason }}
        onBack={() => setAmendReason(null)}
        onDone={() => {
          setAmendReason(null);
          loaded.reload();
        }}
      />
    );
  }
  // Keyed by version: after an amendment the minutes and the amendment list load afresh.
  return <MeetingView key={m.version} meeting={m} onBack={onBack} onAmend={setAmendReason} />;
}
