import { EditOutlined, HistoryOutlined, PrinterOutlined } from '@ant-design/icons';
import { Button, Card, Descriptions, Drawer, Skeleton, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import type { MemberDetail } from '../../api/types';
import { ErrorAlert } from '../../components/ErrorAlert';
import type { Loaded } from '../../hooks/use-load';
import { useT } from '../../i18n/context';
import { memberValueText, partyAgeText } from '../../lib/member-display';
import { MEMBER_FIELDS, MEMBER_SECTIONS } from '../../lib/member-fields';
import { CollectionFormPreview } from '../../print/CollectionFormPreview';
import { EventTimeline } from './EventTimeline';
import { RecordEventModal } from './RecordEventModal';

interface Props {
  code: string | null;
  detail: Loaded<MemberDetail>;
  groups: ReadonlyMap<string, string>;
  onClose(): void;
  onEdit(code: string): void;
  /** An event was recorded or cancelled: the roster and this record are read again. */
  onChanged(): void;
}

/** One member: the record, 党龄, and the history of membership events, with the actions on it. */
export function MemberDetailDrawer({ code, detail, groups, onClose, onEdit, onChanged }: Props) {
  const t = useT();
  const [recording, setRecording] = useState(false);
  const [printing, setPrinting] = useState(false);
  const member = code && detail.value?.code === code ? detail.value : null;
  const ctx = { t, groups };

  const tags = member ? (
    <Space size={4} wrap>
      {member.membership === 'left' ? <Tag>{t('roster.left')}</Tag> : null}
      <Tag color={member.memberType === 'full' ? 'red' : 'orange'}>{t(`member.type.${member.memberType}`)}</Tag>
      {member.standing === 'stopped' ? <Tag color="default">{t('member.standing.stopped')}</Tag> : null}
      {member.lostContact ? <Tag color="volcano">{t('member.tag.lost')}</Tag> : null}
      {member.mobileMember ? <Tag color="blue">{t('member.tag.mobile')}</Tag> : null}
    </Space>
  ) : null;

  return (
    <Drawer
      open={code !== null}
      onClose={onClose}
      size={960}
      title={member ? <span className="bd-detail-title">{member.name} {tags}</span> : t('common.loading')}
      extra={
        member ? (
          <Space wrap>
            <Button type="primary" icon={<EditOutlined />} onClick={() => onEdit(member.code)}>
              {t('member.action.edit')}
            </Button>
            <Button icon={<HistoryOutlined />} onClick={() => setRecording(true)}>
              {t('member.action.recordEvent')}
            </Button>
            <Button icon={<PrinterOutlined />} onClick={() => setPrinting(true)}>
              {t('member.action.printForm')}
            </Button>
          </Space>
        ) : null
      }
    >
      <ErrorAlert error={detail.error} />
      {!member ? <Skeleton active loading={detail.loading} paragraph={{ rows: 10 }} /> : null}
      {member ? (
        <Space orientation="vertical" size="large" className="bd-full-width">
          <Descriptions
            bordered
            size="small"
            column={{ xs: 1, md: 2 }}
            items={[
              { key: 'code', label: t('member.code'), children: <span className="bd-mono">{member.code}</span> },
              { key: 'partyAge', label: t('member.partyAge'), children: <strong data-testid="party-age">{partyAgeText(t, member.partyAge)}</strong> },
            ]}
          />
          {MEMBER_SECTIONS.map((section) => (
            <Card key={section} size="small" title={t(`member.section.${section}`)}>
              <Descriptions
                size="small"
                column={{ xs: 1, md: 2 }}
                items={MEMBER_FIELDS.filter((f) => f.section === section).map((spec) => ({
                  key: spec.name,
                  label: t(spec.labelKey),
                  span: spec.wide ? 'filled' : 1,
                  children: memberValueText(spec, member, ctx) || <Typography.Text type="secondary">—</Typography.Text>,
                }))}
              />
            </Card>
          ))}
          <Card size="small" title={t('member.events.title')}>
            <EventTimeline events={member.events} onChanged={onChanged} />
          </Card>
        </Space>
      ) : null}
      {member ? (
        <RecordEventModal
          open={recording}
          member={member}
          onClose={() => setRecording(false)}
          onRecorded={() => {
            setRecording(false);
            onChanged();
          }}
        />
      ) : null}
      {member && printing ? <CollectionFormPreview member={member} onClose={() => setPrinting(false)} /> : null}
    </Drawer>
  );
}
