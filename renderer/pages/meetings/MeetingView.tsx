import { ArrowLeftOutlined, EditOutlined, FileWordOutlined, PrinterOutlined } from '@ant-design/icons';
import { Button, Card, Skeleton, Space, Tag, Timeline, Typography } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useLoadWith } from '../../hooks/use-load-with';
import { useT } from '../../i18n/context';
import { MinutesPages, useMinutesPages } from '../../print/meetings/MinutesPaper';
import { MinutesPrintPreview } from '../../print/meetings/MinutesPrintPreview';
import { AmendReasonModal } from './AmendReasonModal';
import type { Meeting } from './meeting-types';
import { useWordExport } from './use-word-export';

interface Props {
  meeting: Meeting;
  onBack(): void;
  onAmend(reason: string): void;
}

/**
 * A finalised record, read-only: the minutes as they print, its amendments, and the ways on:
 * print, Word, or 更正 (which asks for the reason first).
 */
export function MeetingView({ meeting: m, onBack, onAmend }: Props) {
  const t = useT();
  const [printing, setPrinting] = useState(false);
  const [asking, setAsking] = useState(false);
  const word = useWordExport();
  const minutes = useLoadWith('meetings.minutes', { code: m.code });
  const { pages, measurer } = useMinutesPages(minutes.value);
  return (
    <div className="bd-page bd-meeting-view">
      <div className="bd-meeting-head">
        <Button icon={<ArrowLeftOutlined />} onClick={onBack}>
          {t('meetings.backToList')}
        </Button>
        <Typography.Title level={2} className="bd-page-title">
          {t('meetings.record.title', { type: t(`meetings.type.${m.type}`) })}
        </Typography.Title>
        <Typography.Text className="bd-meeting-number">{t('meetings.record.number', { year: m.year, n: m.numberInYear })}</Typography.Text>
        <Tag color="green">{t('meetings.status.finalOn', { date: m.finalisedAt ? dayjs(m.finalisedAt).format(t('format.date')) : '' })}</Tag>
        {m.amendments > 0 ? <Tag color="orange">{t('meetings.status.amended', { count: m.amendments })}</Tag> : null}
      </div>
      <Space wrap className="bd-meeting-view-actions">
        <Button type="primary" size="large" icon={<PrinterOutlined />} onClick={() => setPrinting(true)}>
          {t('meetings.print')}
        </Button>
        <Button size="large" icon={<FileWordOutlined />} loading={word.loading} onClick={() => void word.exportWord(m.code)}>
          {t('meetings.exportWord')}
        </Button>
        <Button size="large" icon={<EditOutlined />} onClick={() => setAsking(true)}>
          {t('meetings.amend')}
        </Button>
      </Space>
      <Typography.Paragraph type="secondary">{t('meetings.view.locked')}</Typography.Paragraph>
      <ErrorAlert error={word.error} />
      {m.amendments > 0 ? <AmendmentsCard code={m.code} /> : null}
      <ErrorAlert error={minutes.error} />
      {measurer}
      <div className="bd-minutes-screen" data-testid="minutes-screen">
        {minutes.value && pages ? <MinutesPages minutes={minutes.value} pages={pages} /> : <Skeleton active paragraph={{ rows: 12 }} className="bd-minutes-loading" />}
      </div>
      {printing ? <MinutesPrintPreview code={m.code} onClose={() => setPrinting(false)} /> : null}
      <AmendReasonModal
        open={asking}
        onClose={() => setAsking(false)}
        onConfirm={(reason) => {
          setAsking(false);
          onAmend(reason);
        }}
      />
    </div>
  );
}

/** 更正记录: each amendment from the audit trail, with its reason and the parts it changed. */
function AmendmentsCard({ code }: { code: string }) {
  const t = useT();
  const history = useLoadWith('meetings.history', { code });
  return (
    <Card title={t('meetings.history.title')} size="small" className="bd-amendments" data-testid="amendments">
      <ErrorAlert error={history.error} />
      {history.value ? (
        <Timeline
          items={history.value.map((a) => ({
            color: 'orange',
            content: (
              <>
                <div>
                  <strong>{dayjs(a.at).format(t('format.dateTime'))}</strong> {t('meetings.history.reason', { reason: a.reason })}
                </div>
                <Typography.Text type="secondary">
                  {a.fields.length ? t('meetings.history.fields', { fields: a.fields.map((f) => t(`meetings.changed.${f}`)).join('、') }) : t('meetings.history.noFields')}
                </Typography.Text>
              </>
            ),
          }))}
        />
      ) : (
        <Skeleton active loading={history.loading} paragraph={{ rows: 2 }} />
      )}
    </Card>
  );
}
