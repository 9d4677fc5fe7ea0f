import { Checkbox, Col, Form, Input, Row, Select, Typography } from 'antd';
import type { FieldIssue } from '../../api/types';
import { DateField } from '../../components/DateField';
import { useT } from '../../i18n/context';
import { describeIssue } from '../../lib/field-errors';
import { outcomeText } from './attendance-display';
import { FormSection, NameInput, RowList, TimeInput, useRowLabels } from './RecordFields';
import { VoteField } from './VoteField';
import type { MeetingCheck, MeetingType } from './meeting-types';

/** 基本情况: when, where, who chaired and recorded, the topics; 党课 adds 主讲人 and 课题. */
export function BasicsSection({ type, names, groups }: { type: MeetingType; names: string[]; groups: { code: string; name: string }[] }) {
  const t = useT();
  return (
    <FormSection id="basics" title={t('meetings.section.basics')}>
      <Row gutter={20}>
        <Col xs={24} md={8} xl={6}>
          <Form.Item name="date" label={t('meetings.field.date')} required>
            <DateField />
          </Form.Item>
        </Col>
        <Col xs={12} md={8} xl={4}>
          <Form.Item name="startTime" label={t('meetings.field.startTime')}>
            <TimeInput />
          </Form.Item>
        </Col>
        <Col xs={12} md={8} xl={4}>
          <Form.Item name="endTime" label={t('meetings.field.endTime')}>
            <TimeInput />
          </Form.Item>
        </Col>
        <Col xs={24} xl={10}>
          <Form.Item name="place" label={t('meetings.field.place')}>
            <Input maxLength={100} />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item name="chair" label={t('meetings.field.chair')} extra={t('meetings.field.chairHelp')}>
            <NameInput names={names} />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item name="recorder" label={t('meetings.field.recorder')}>
            <NameInput names={names} />
          </Form.Item>
        </Col>
        {type === 'group' ? (
          <Col xs={24} md={12}>
            <Form.Item name="groupCode" label={t('meetings.field.groupCode')}>
              <Select options={groups.map((g) => ({ value: g.code, label: g.name }))} />
            </Form.Item>
          </Col>
        ) : null}
        {type === 'lecture' ? (
          <>
            <Col xs={24} md={12}>
              <Form.Item name="lecturer" label={t('meetings.field.lecturer')}>
                <NameInput names={names} />
              </Form.Item>
            </Col>
            <Col xs={24} md={12}>
              <Form.Item name="lectureTitle" label={t('meetings.field.lectureTitle')}>
                <Input maxLength={200} />
              </Form.Item>
            </Col>
          </>
        ) : null}
        <Col xs={24}>
          <Form.Item name="topics" label={t('meetings.field.topics')} extra={t('meetings.field.topicsHelp')}>
            <Input.TextArea autoSize={{ minRows: 2, maxRows: 8 }} />
          </Form.Item>
        </Col>
        {type === 'general-assembly' ? (
          <Col xs={24}>
            <Form.Item name="isElection" valuePropName="checked" extra={t('meetings.field.isElectionHelp')}>
              <Checkbox>{t('meetings.field.isElection')}</Checkbox>
            </Form.Item>
          </Col>
        ) : null}
      </Row>
    </FormSection>
  );
}

export function AgendaSection() {
  const t = useT();
  return (
    <FormSection id="agenda" title={t('meetings.section.agenda')} intro={t('meetings.agenda.intro')}>
      <RowList name="agenda" newRow={{ title: '', notes: '' }} compact {...useRowLabels('agenda')}>
        {(f) => (
          <Row gutter={12}>
            <Col xs={24} md={14}>
              <Form.Item name={[f.name, 'title']}>
                <Input maxLength={200} aria-label={t('meetings.agenda.title')} placeholder={t('meetings.agenda.title')} />
              </Form.Item>
            </Col>
            <Col xs={24} md={10}>
              <Form.Item name={[f.name, 'notes']}>
                <Input maxLength={2000} aria-label={t('meetings.agenda.notes')} placeholder={t('meetings.agenda.notes')} />
              </Form.Item>
            </Col>
          </Row>
        )}
      </RowList>
    </FormSection>
  );
}

export function SpeechesSection({ names }: { names: string[] }) {
  const t = useT();
  return (
    <FormSection id="speeches" title={t('meetings.section.speeches')} intro={t('meetings.speech.intro')}>
      <RowList name="speeches" newRow={{ speaker: '', summary: '' }} {...useRowLabels('speech')}>
        {(f) => (
          <Row gutter={16}>
            <Col xs={24} md={6}>
              <Form.Item name={[f.name, 'speaker']} label={t('meetings.speech.speaker')}>
                <NameInput names={names} />
              </Form.Item>
            </Col>
            <Col xs={24} md={18}>
              <Form.Item name={[f.name, 'summary']} label={t('meetings.speech.summary')}>
                <Input.TextArea autoSize={{ minRows: 2, maxRows: 10 }} maxLength={5000} />
              </Form.Item>
            </Col>
          </Row>
        )}
      </RowList>
    </FormSection>
  );
}

interface ResolutionsProps {
  type: MeetingType;
  check: MeetingCheck | null;
  /** For each form row, its row in the checked record (blank rows are not sent). */
  checkedRow(formRow: number): number | undefined;
}

/** 表决和决议: each resolution with its vote; for a 党员大会 the backend's verdict on whether it passes. */
export function ResolutionsSection({ type, check, checkedRow }: ResolutionsProps) {
  const t = useT();
  const labels = useRowLabels('resolution');
  const liveNote = (formRow: number) => {
    const j = checkedRow(formRow);
    if (j === undefined || !check) return null;
    const problems = check.issues.filter((i: FieldIssue) => i.path[0] === 'resolutions' && i.path[1] === j);
    if (problems.length) {
      return problems.map((p) => (
        <Typography.Paragraph key={p.code} type="warning" className="bd-vote-note">
          {describeIssue(t, p, t('meetings.resolution.vote'), 'vote')}
        </Typography.Paragraph>
      ));
    }
    const outcome = check.outcomes[j];
    return outcome ? (
      <Typography.Paragraph type={outcome.passes ? 'success' : 'danger'} className="bd-vote-note" data-testid="vote-outcome">
        {outcomeText(t, outcome)}
      </Typography.Paragraph>
    ) : null;
  };
  return (
    <FormSection id="resolutions" title={t('meetings.section.resolutions')} intro={t(type === 'general-assembly' ? 'meetings.resolution.introAssembly' : 'meetings.resolution.intro')}>
      <RowList name="resolutions" newRow={{ title: '', text: '', vote: null }} {...labels}>
        {(f, i) => (
          <>
            <Form.Item name={[f.name, 'title']} label={t('meetings.resolution.title')}>
              <Input maxLength={200} />
            </Form.Item>
            <Form.Item name={[f.name, 'text']} label={t('meetings.resolution.text')}>
              <Input.TextArea autoSize={{ minRows: 2, maxRows: 10 }} maxLength={5000} />
            </Form.Item>
            <Form.Item name={[f.name, 'vote']} label={t('meetings.resolution.vote')}>
              <VoteField name={labels.legend(i + 1)} />
            </Form.Item>
            {liveNote(i)}
          </>
        )}
      </RowList>
    </FormSection>
  );
}

export function FollowUpsSection({ names }: { names: string[] }) {
  const t = useT();
  return (
    <FormSection id="followUps" title={t('meetings.section.followUps')}>
      <RowList name="followUps" newRow={{ task: '', owner: '', deadline: null }} {...useRowLabels('followUp')}>
        {(f) => (
          <Row gutter={16}>
            <Col xs={24} md={12}>
              <Form.Item name={[f.name, 'task']} label={t('meetings.followUp.task')}>
                <Input maxLength={500} />
              </Form.Item>
            </Col>
            <Col xs={12} md={6}>
              <Form.Item name={[f.name, 'owner']} label={t('meetings.followUp.owner')}>
                <NameInput names={names} />
              </Form.Item>
            </Col>
            <Col xs={12} md={6}>
              <Form.Item name={[f.name, 'deadline']} label={t('meetings.followUp.deadline')}>
                <DateField />
              </Form.Item>
            </Col>
          </Row>
        )}
      </RowList>
    </FormSection>
  );
}
