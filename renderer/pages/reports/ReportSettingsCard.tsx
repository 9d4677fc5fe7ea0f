import { App, Button, Card, Checkbox, InputNumber, Space, Typography } from 'antd';
import { useState } from 'react';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useApiCall } from '../../hooks/use-api-call';
import { useLoad } from '../../hooks/use-load';
import { useT } from '../../i18n/context';
import type { PeriodKind, ReportSettings } from './report-types';

const KINDS: readonly PeriodKind[] = ['quarter', 'half', 'year'];

/** 报送设置: which periods the level above asks of this branch, and how many days after the end each is due. */
export function ReportSettingsCard({ onSaved }: { onSaved(): void }) {
  const t = useT();
  const { message } = App.useApp();
  const settings = useLoad('reports.settings');
  const save = useApiCall('reports.setSettings');
  // What the user has changed since the last load; null shows the stored settings.
  const [draft, setDraft] = useState<ReportSettings | null>(null);
  const shown = draft ?? settings.value;
  const kinds = shown?.kinds ?? [];
  const days = shown ? shown.deadlineDays : null;
  const dirty = draft !== null && settings.value !== null && (draft.deadlineDays !== settings.value.deadlineDays || [...draft.kinds].sort().join() !== [...settings.value.kinds].sort().join());
  const change = (patch: Partial<ReportSettings>) => shown && setDraft({ ...shown, ...patch });
  return (
    <Card title={t('reports.settings.title')}>
      <ErrorAlert error={settings.error ?? save.error} />
      <div className="bd-setting-rows">
        <div className="bd-setting-row">
          <span className="bd-label" id="bd-report-kinds">
            {t('reports.settings.kinds')}
          </span>
          <Checkbox.Group aria-labelledby="bd-report-kinds" value={kinds} onChange={(v) => change({ kinds: v as PeriodKind[] })} options={KINDS.map((k) => ({ value: k, label: t(`reports.kind.${k}`) }))} />
        </div>
        <div className="bd-setting-row">
          <label className="bd-label" htmlFor="bd-report-deadline">
            {t('reports.settings.deadline')}
          </label>
          <Space>
            <InputNumber id="bd-report-deadline" min={0} max={90} precision={0} value={days} onChange={(v) => change({ deadlineDays: v ?? 0 })} className="bd-minutes-input" />
            <span>{t('reports.settings.deadlineUnit')}</span>
          </Space>
        </div>
        <Typography.Text type="secondary">{t('reports.settings.help')}</Typography.Text>
        <div>
          <Button
            type="primary"
            disabled={!dirty || kinds.length === 0 || days === null}
            loading={save.loading}
            onClick={async () => {
              if (!draft) return;
              const r = await save.run(draft);
              if (!r.ok) return;
              setDraft(null);
              settings.reload();
              onSaved();
              void message.success(t('reports.settings.saved'), 4);
            }}
          >
            {t('common.save')}
          </Button>
          {kinds.length === 0 ? <Typography.Text type="danger"> {t('reports.settings.needKind')}</Typography.Text> : null}
        </div>
      </div>
    </Card>
  );
}
