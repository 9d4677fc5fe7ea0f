import { Alert, App, Button, Form, Input, Modal, Tag, Timeline, Typography } from 'antd';
import { useState } from 'react';
import type { MemberEvent } from '../../api/types';
import { ErrorAlert } from '../../components/ErrorAlert';
import { IN_KINDS, REMOVAL_KINDS, STATUS_KINDS } from '../../data/enums';
import { useApiCall } from '../../hooks/use-api-call';
import { useFormIssues } from '../../hooks/use-form-issues';
import { useT } from '../../i18n/context';
import type { MessageKey } from '../../i18n/zh-CN';
import { formatDate } from '../../lib/member-display';

const isRemoval = (kind: string) => (REMOVAL_KINDS as readonly string[]).includes(kind);
const isStatus = (kind: string) => (STATUS_KINDS as readonly string[]).includes(kind);

/** The pieces of an event's data worth showing, in a fixed order. */
const DATA_KEYS = ['fromOrg', 'org', 'letterNumber', 'note'] as const;

/**
 * The membership history as a timeline, oldest first. A cancelled event stays visible, struck
 * through and marked, because the record is never deleted (DESIGN.md: records are events).
 */
export function EventTimeline({ events, onChanged }: { events: readonly MemberEvent[]; onChanged(): void }) {
  const t = useT();
  const [cancelling, setCancelling] = useState<MemberEvent | null>(null);
  // The backend refuses to cancel the one event that put the member on the roster; do not offer it.
  const liveIns = events.filter((e) => !e.cancelled && (IN_KINDS as readonly string[]).includes(e.kind));
  const cancellable = (e: MemberEvent) => !(liveIns.length === 1 && liveIns[0] === e);
  if (events.length === 0) return <Typography.Text type="secondary">{t('member.events.none')}</Typography.Text>;
  return (
    <>
      <Timeline
        className="bd-event-timeline"
        items={events.map((e) => {
          const color = e.cancelled ? 'gray' : isRemoval(e.kind) ? 'red' : isStatus(e.kind) ? 'blue' : 'green';
          const data = e.data ?? {};
          return {
            key: e.id,
            color,
            title: <span className={e.cancelled ? 'bd-event-cancelled' : undefined}>{formatDate(t, e.date)}</span>,
            content: (
              <div className="bd-event" data-testid="member-event">
                <div className={e.cancelled ? 'bd-event-cancelled' : undefined}>
                  <strong>{t(`event.kind.${e.kind}`)}</strong>
                  {e.detail ? <span>（{t(`event.detail.${e.detail}` as MessageKey)}）</span> : null}
                  {DATA_KEYS.filter((k) => typeof data[k] === 'string' && data[k] !== '').map((k) => (
                    <div key={k} className="bd-event-data">
                      {t(`event.data.${k}`)}：{String(data[k])}
                    </div>
                  ))}
                </div>
                {e.cancelled ? (
                  <Tag className="bd-event-cancel-tag">{t('event.cancelled')}</Tag>
                ) : !cancellable(e) ? null : (
                  <Button size="small" type="link" onClick={() => setCancelling(e)} className="bd-event-cancel-button">
                    {t('event.cancel')}
                  </Button>
                )}
              </div>
            ),
          };
        })}
      />
      <CancelEventModal
        event={cancelling}
        onClose={() => setCancelling(null)}
        onCancelled={() => {
          setCancelling(null);
          onChanged();
        }}
      />
    </>
  );
}

const REASON_FIELDS = [{ name: 'reason', labelKey: 'event.cancel.reason' as const }];

/** Asks why, then marks the event cancelled; the member's state is rebuilt from the rest. */
function CancelEventModal({ event, onClose, onCancelled }: { event: MemberEvent | null; onClose(): void; onCancelled(): void }) {
  const t = useT();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ reason?: string }>();
  const cancel = useApiCall('members.cancelEvent');
  const showIssues = useFormIssues();

  const submit = async ({ reason }: { reason?: string }) => {
    if (!event) return;
    const result = await cancel.run({ eventId: event.id, reason: reason ?? '' });
    if (result.ok) {
      void message.success(t('event.cancel.done'));
      form.resetFields();
      onCancelled();
    } else showIssues(form, result.error, [], REASON_FIELDS);
  };

  return (
    <Modal
      open={event !== null}
      title={event ? t('event.cancel.title', { kind: t(`event.kind.${event.kind}`), date: formatDate(t, event.date) }) : ''}
      okText={t('event.cancel.confirm')}
      okButtonProps={{ danger: true, loading: cancel.loading }}
      cancelText={t('common.cancel')}
      onOk={() => form.submit()}
      onCancel={() => {
        cancel.setError(null);
        onClose();
      }}
      destroyOnHidden
    >
      <Typography.Paragraph>{t('event.cancel.intro')}</Typography.Paragraph>
      {cancel.error?.code === 'CONFLICT' ? (
        <Alert type="error" showIcon className="bd-form-alert" title={t('event.cancel.conflict')} description={t('event.cancel.conflictNext')} />
      ) : (
        <ErrorAlert error={cancel.error} className="bd-form-alert" />
      )}
      <Form form={form} layout="vertical" onFinish={(v) => void submit(v)}>
        <Form.Item name="reason" label={t('event.cancel.reason')} required>
          <Input.TextArea autoSize={{ minRows: 2 }} maxLength={200} autoFocus />
        </Form.Item>
      </Form>
    </Modal>
  );
}
