import { Skeleton } from 'antd';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useLoadWith } from '../../hooks/use-load-with';
import { useT } from '../../i18n/context';
import { PrintPreview } from '../PrintPreview';
import { MinutesPages, useMinutesPages } from './MinutesPaper';

/** 打印会议记录: the backend's minutes model, cut into numbered A4 pages, previewed and printed. */
export function MinutesPrintPreview({ code, onClose }: { code: string; onClose(): void }) {
  const t = useT();
  const loaded = useLoadWith('meetings.minutes', { code });
  const minutes = loaded.value;
  const { pages, measurer } = useMinutesPages(minutes);
  const doc = minutes && pages ? <MinutesPages minutes={minutes} pages={pages} /> : null;
  return (
    <>
      {measurer}
      <PrintPreview
        title={minutes ? t('meetings.print.title', { title: minutes.title }) : t('meetings.print.loading')}
        onClose={onClose}
        ready={!!doc}
        note={minutes ? t('meetings.print.note') : undefined}
        preview={
          <>
            <ErrorAlert error={loaded.error} />
            {doc ?? <Skeleton active paragraph={{ rows: 10 }} className="bd-minutes-loading" />}
          </>
        }
      >
        {doc}
      </PrintPreview>
    </>
  );
}
