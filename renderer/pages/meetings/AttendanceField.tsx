import { DeleteOutlined, UserAddOutlined } from '@ant-design/icons';
import { Button, Input, Radio, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { MemberPicker } from '../../components/MemberPicker';
import { useApi } from '../../hooks/api-context';
import { useT } from '../../i18n/context';
import type { AttendeeRow } from './meeting-form';
import type { MeetingType } from './meeting-types';

interface Props {
  value?: AttendeeRow[];
  onChange?: (rows: AttendeeRow[]) => void;
  type: MeetingType;
  /** Per row: has a vote (the backend's word), or undefined while it is being checked. */
  voting: (boolean | undefined)[];
  id?: string;
}

/**
 * 出席情况 as a table: everyone expected (from the roster by type) marked present or absent with
 * a reason, plus 列席 guests. Radio buttons and text boxes only, so it is worked with Tab,
 * arrow keys and typing. It is one form field: problems with it show under the table.
 */
export function AttendanceField({ value = [], onChange, type, voting, id }: Props) {
  const t = useT();
  const api = useApi();
  const [picked, setPicked] = useState<string | null>(null);
  const [guest, setGuest] = useState('');
  const change = (i: number, patch: Partial<AttendeeRow>) => onChange?.(value.map((r, j) => (j === i ? { ...r, ...patch } : r)));
  const remove = (i: number) => onChange?.(value.filter((_, j) => j !== i));
  const addMember = async (code: string | null) => {
    setPicked(code);
    if (!code || value.some((r) => r.memberCode === code)) return setPicked(null);
    const r = await api.call('members.get', { code });
    if (r.ok) onChange?.([...value, { memberCode: code, name: r.value.name, role: 'expected', presence: 'present', absenceReason: '' }]);
    setPicked(null);
  };
  const addGuest = () => {
    if (!guest.trim()) return;
    onChange?.([...value, { memberCode: null, name: guest.trim(), role: 'observer', presence: 'present', absenceReason: '' }]);
    setGuest('');
  };

  const showVoting = type === 'general-assembly';
  return (
    <div id={id} className="bd-attendance">
      <Table<AttendeeRow & { index: number }>
        rowKey="index"
        size="small"
        pagination={false}
        dataSource={value.map((r, index) => ({ ...r, index }))}
        locale={{ emptyText: t('meetings.attendance.empty') }}
        data-testid="attendance-table"
        columns={[
          { key: 'n', title: t('meetings.attendance.number'), width: '3.5em', render: (_v, r) => r.index + 1 },
          {
            key: 'name',
            title: t('meetings.attendance.name'),
            render: (_v, r) => (
              <span className="bd-attendance-name">
                {r.name}
                {r.role === 'observer' ? <Tag className="bd-attendance-tag">{t('meetings.attendance.observer')}</Tag> : null}
              </span>
            ),
          },
          ...(showVoting
            ? [
                {
                  key: 'voting',
                  title: t('meetings.attendance.voting'),
                  render: (_v: unknown, r: AttendeeRow & { index: number }) =>
                    r.role === 'observer' ? '—' : voting[r.index] === undefined ? '' : t(voting[r.index] ? 'meetings.attendance.hasVote' : 'meetings.attendance.noVote'),
                },
              ]
            : []),
          {
            key: 'presence',
            title: t('meetings.attendance.presence'),
            render: (_v, r) =>
              r.role === 'observer' ? (
                t('meetings.attendance.observing')
              ) : (
                <Radio.Group
                  optionType="button"
                  value={r.presence}
                  aria-label={t('meetings.attendance.presenceOf', { name: r.name })}
                  onChange={(e) => change(r.index, { presence: e.target.value as AttendeeRow['presence'] })}
                  options={[
                    { value: 'present', label: t('meetings.attendance.present') },
                    { value: 'absent', label: t('meetings.attendance.absent') },
                  ]}
                />
              ),
          },
          {
            key: 'reason',
            title: t('meetings.attendance.reason'),
            render: (_v, r) =>
              r.role === 'expected' && r.presence === 'absent' ? (
                <Input
                  value={r.absenceReason}
                  maxLength={100}
                  placeholder={t('meetings.attendance.reasonPlaceholder')}
                  aria-label={t('meetings.attendance.reasonOf', { name: r.name })}
                  onChange={(e) => change(r.index, { absenceReason: e.target.value })}
                />
              ) : null,
          },
          {
            key: 'remove',
            title: '',
            width: '4em',
            render: (_v, r) => (
              <Button icon={<DeleteOutlined />} aria-label={t('meetings.attendance.remove', { name: r.name })} title={t('meetings.attendance.remove', { name: r.name })} onClick={() => remove(r.index)} />
            ),
          },
        ]}
      />
      <div className="bd-attendance-add">
        <Space wrap>
          <Button onClick={() => onChange?.(value.map((r) => ({ ...r, presence: 'present' })))}>{t('meetings.attendance.allPresent')}</Button>
          <span className="bd-attendance-picker">
            <MemberPicker value={picked} onChange={(c) => void addMember(c)} aria-label={t('meetings.attendance.addMember')} placeholder={t('meetings.attendance.addMember')} />
          </span>
          <Space.Compact>
            <Input
              value={guest}
              maxLength={40}
              onChange={(e) => setGuest(e.target.value)}
              onPressEnter={(e) => {
                e.preventDefault();
                addGuest();
              }}
              placeholder={t('meetings.attendance.guestPlaceholder')}
              aria-label={t('meetings.attendance.guestName')}
            />
            <Button icon={<UserAddOutlined />} onClick={addGuest}>
              {t('meetings.attendance.addGuest')}
            </Button>
          </Space.Compact>
        </Space>
        <Typography.Paragraph type="secondary" className="bd-attendance-help">
          {t(`meetings.attendance.help.${type === 'general-assembly' ? 'assembly' : 'other'}`)}
        </Typography.Paragraph>
      </div>
    </div>
  );
}
