import { ArrowLeftOutlined, CheckCircleOutlined, FileWordOutlined, PrinterOutlined, SaveOutlined } from '@ant-design/icons';
import { Alert, App, Button, Form, Space, Tag, Typography, type FormInstance } from 'antd';
import { useMemo, useRef, useState, type KeyboardEvent } from 'react';
import type { FieldIssue, UiError } from '../../api/types';
import { useAppShell } from '../../app/app-context';
import { IssueList } from '../../components/IssueList';
import { useApiCall } from '../../hooks/use-api-call';
import { useDebouncedValue } from '../../hooks/use-debounced-value';
import { useLoadWith } from '../../hooks/use-load-with';
import { useT } from '../../i18n/context';
import { MinutesPrintPreview } from '../../print/meetings/MinutesPrintPreview';
import { AmendReasonModal } from './AmendReasonModal';
import { AttendanceField } from './AttendanceField';
import { AttendanceSummary } from './AttendanceSummary';
import { ContentField } from './ContentField';
import { inputFromValues, valuesFromRecord, type MeetingFormValues, type RowIndex } from './meeting-form';
import { placeIssues } from './meeting-issues';
import type { Meeting, MeetingInput } from './meeting-types';
import { MeetingErrorAlert } from './MeetingErrorAlert';
import { FormSection } from './RecordFields';
import { AgendaSection, BasicsSection, FollowUpsSection, ResolutionsSection, SpeechesSection } from './RecordSections';
import { useWordExport } from './use-word-export';

export type EditorMode = { kind: 'new'; draft: MeetingInput } | { kind: 'edit'; meeting: Meeting } | { kind: 'amend'; meeting: Meeting; reason: string };

interface Props {
  mode: EditorMode;
  onBack(): void;
  /** The record was finalised, or an amendment saved: show it as filed. */
  onDone(m: Meeting): void;
}

/** Long enough to let a name be typed, short enough that the counts follow the clicks. */
const CHECK_DEBOUNCE_MS = 300;

/**
 * 会议记录: the recording form. A draft saves whatever is filled in; finalising first asks the
 * backend what is missing (nothing is saved or locked when something is) and then locks the
 * record. A finalised record comes back here only to be amended, with its reason.
 */
export function MeetingEditor({ mode, onBack, onDone }: Props) {
  const t = useT();
  const { message, modal } = App.useApp();
  const { branch } = useAppShell();
  const [form] = Form.useForm<MeetingFormValues>();
  const source = mode.kind === 'new' ? mode.draft : mode.meeting;
  const type = source.type;
  const initialValues = useMemo(() => valuesFromRecord(source), [source]);
  const [saved, setSaved] = useState(mode.kind === 'new' ? null : { code: mode.meeting.code, version: mode.meeting.version, year: mode.meeting.year, n: mode.meeting.numberInYear });
  const [reason, setReason] = useState(mode.kind === 'amend' ? mode.reason : '');
  const [dirty, setDirty] = useState(false);
  const [error, setError] = useState<UiError | null>(null);
  const [unmatched, setUnmatched] = useState<FieldIssue[]>([]);
  const [notReady, setNotReady] = useState(false);
  const [printing, setPrinting] = useState(false);
  const [askReason, setAskReason] = useState(false);
  const errorNames = useRef<(string | number)[][]>([]);
  // Ctrl+S pressed twice before the first reply would otherwise create the record twice.
  const inFlight = useRef(false);
  const create = useApiCall('meetings.create');
  const update = useApiCall('meetings.update');
  const finalise = useApiCall('meetings.finalise');
  const checkNow = useApiCall('meetings.check');
  const word = useWordExport();
  const groups = useLoadWith('groups.list', type === 'group' ? {} : null);

  // The backend's reading of the form as it stands: voting members, counts, quorum, outcomes.
  const values = Form.useWatch((v: MeetingFormValues) => v, { form, preserve: true });
  const settled = useDebouncedValue(values, CHECK_DEBOUNCE_MS);
  const built = useMemo(() => (settled?.date ? inputFromValues(settled, type) : null), [settled, type]);
  const live = useLoadWith('meetings.check', built ? { meeting: built.input } : null);
  const votingByRow = useMemo(() => {
    const out: (boolean | undefined)[] = [];
    if (built && live.value) built.rows.attendance.forEach((formRow, j) => (out[formRow] = live.value?.voting[j]));
    return out;
  }, [built, live.value]);
  const secretary = branch?.secretaryName;
  const attendance = values?.attendance ?? initialValues.attendance;
  const names = useMemo(() => [...attendance.map((a) => a.name), ...(secretary ? [secretary] : [])], [attendance, secretary]);

  const checkedRow = (formRow: number) => {
    const j = built?.rows.resolutions.indexOf(formRow) ?? -1;
    return j >= 0 ? j : undefined;
  };

  // The names are built at run time (rows of lists), so the form's typed names are set aside here.
  const setErrors = (fields: { name: (string | number)[]; errors: string[] }[]) => (form as FormInstance).setFields(fields);
  const clearIssues = () => {
    setErrors(errorNames.current.map((name) => ({ name, errors: [] })));
    errorNames.current = [];
    setUnmatched([]);
    setNotReady(false);
    setError(null);
  };
  const showIssues = (e: UiError, rows: RowIndex) => {
    setError(e);
    if (e.code !== 'INVALID_INPUT' || !e.issues) return;
    const placed = placeIssues(e.issues, rows, form.getFieldsValue(true), t);
    setErrors(placed.fields);
    errorNames.current = placed.fields.map((f) => f.name);
    setUnmatched(placed.unmatched);
    const first = placed.fields[0];
    if (first) form.scrollToField(first.name, { block: 'center', focus: true });
  };
  // A field's message goes as soon as it is changed; the rest stay until the next save.
  const onValuesChange = (changed: Partial<MeetingFormValues>) => {
    setDirty(true);
    const keys = new Set(Object.keys(changed));
    const stale = errorNames.current.filter((n) => keys.has(String(n[0])));
    if (stale.length === 0) return;
    setErrors(stale.map((name) => ({ name, errors: [] })));
    errorNames.current = errorNames.current.filter((n) => !stale.includes(n));
    if (errorNames.current.length === 0) setNotReady(false);
  };
  const current = () => inputFromValues(form.getFieldsValue(true) as MeetingFormValues, type);

  /** Saves the form (new, draft or amendment); the saved record, or null with the problems shown. */
  const persist = async (): Promise<Meeting | null> => {
    if (inFlight.current) return null;
    inFlight.current = true;
    clearIssues();
    const { input, rows } = current();
    const r = await (saved
      ? update.run({ code: saved.code, version: saved.version, meeting: input, ...(mode.kind === 'amend' ? { reason } : {}) })
      : create.run({ meeting: input })
    ).finally(() => (inFlight.current = false));
    if (!r.ok) {
      showIssues(r.error, rows);
      return null;
    }
    setSaved({ code: r.value.code, version: r.value.version, year: r.value.year, n: r.value.numberInYear });
    setDirty(false);
    return r.value;
  };

  const save = async () => {
    const m = await persist();
    if (!m) return;
    if (mode.kind === 'amend') {
      void message.success(t('meetings.amend.saved'));
      onDone(m);
    } else void message.success(t('meetings.saved', { n: m.numberInYear }));
  };

  const startFinalise = async () => {
    clearIssues();
    const { input, rows } = current();
    const c = await checkNow.run({ meeting: input });
    if (!c.ok) return showIssues(c.error, rows);
    const problems = [...c.value.issues, ...c.value.finaliseIssues];
    if (problems.length) {
      showIssues({ code: 'INVALID_INPUT', message: 'not ready to finalise', issues: problems }, rows);
      setError(null);
      setNotReady(true);
      return;
    }
    modal.confirm({
      title: t('meetings.finalise.confirmTitle'),
      content: t('meetings.finalise.confirm'),
      okText: t('meetings.finalise.ok'),
      cancelText: t('common.cancel'),
      onOk: async () => {
        const m = await persist();
        if (!m) return;
        const f = await finalise.run({ code: m.code, version: m.version });
        if (!f.ok) return showIssues(f.error, rows);
        void message.success(t('meetings.finalise.done'));
        onDone(f.value);
      },
    });
  };

  /** Print and Word need the record as saved: a draft with changes is saved first. */
  const savedCode = async () => (saved && !dirty ? saved.code : ((await persist())?.code ?? null));
  const openPrint = async () => {
    if (await savedCode()) setPrinting(true);
  };
  const exportWord = async () => {
    const code = await savedCode();
    if (code) await word.exportWord(code);
  };
  const back = () => {
    if (!dirty) return onBack();
    modal.confirm({ title: t('meetings.leave.title'), content: t('meetings.leave.body'), okText: t('meetings.leave.ok'), cancelText: t('meetings.leave.stay'), onOk: onBack });
  };
  const onKeyDown = (e: KeyboardEvent) => {
    if ((e.ctrlKey || e.metaKey) && e.key.toLowerCase() === 's') {
      e.preventDefault();
      void save();
    }
  };

  const busy = create.loading || update.loading || finalise.loading || checkNow.loading;
  const amending = mode.kind === 'amend';
  return (
    <div className="bd-page bd-meeting-editor" onKeyDown={onKeyDown}>
      <div className="bd-meeting-head">
        <Button icon={<ArrowLeftOutlined />} onClick={back}>
          {t('meetings.backToList')}
        </Button>
        <Typography.Title level={2} className="bd-page-title">
          {t('meetings.record.title', { type: t(`meetings.type.${type}`) })}
        </Typography.Title>
        <Typography.Text className="bd-meeting-number">
          {saved ? t('meetings.record.number', { year: saved.year, n: saved.n }) : t('meetings.record.unnumbered')}
        </Typography.Text>
        <Tag color={amending ? 'orange' : 'gold'}>{t(amending ? 'meetings.status.amending' : 'meetings.status.draft')}</Tag>
      </div>
      {amending ? (
        <Alert
          type="info"
          showIcon
          className="bd-form-alert"
          title={t('meetings.amend.banner', { reason })}
          action={<Button onClick={() => setAskReason(true)}>{t('meetings.amend.changeReason')}</Button>}
        />
      ) : null}
      {notReady ? <Alert type="warning" showIcon className="bd-form-alert" data-testid="not-ready" title={t('meetings.finalise.notReady')} description={t('meetings.finalise.notReadyNext')} /> : null}
      <MeetingErrorAlert error={error} />
      <MeetingErrorAlert error={word.error} />
      <IssueList issues={unmatched} />
      <Form form={form} layout="vertical" initialValues={initialValues} onValuesChange={onValuesChange} className="bd-meeting-form">
        <BasicsSection type={type} names={names} groups={groups.value ?? []} />
        <FormSection id="attendance" title={t('meetings.section.attendance')}>
          <Form.Item name="attendance" className="bd-attendance-item">
            <AttendanceField type={type} voting={votingByRow} />
          </Form.Item>
          <AttendanceSummary type={type} check={live.value} />
        </FormSection>
        <AgendaSection />
        <FormSection id="content" title={t('meetings.section.content')} intro={t('meetings.content.intro')}>
          <Form.Item name="content">
            <ContentField />
          </Form.Item>
        </FormSection>
        <SpeechesSection names={names} />
        <ResolutionsSection type={type} check={live.value} checkedRow={checkedRow} />
        <FollowUpsSection names={names} />
      </Form>
      <div className="bd-meeting-actions">
        <Space wrap>
          <Button type="primary" size="large" icon={<SaveOutlined />} onClick={() => void save()} loading={create.loading || update.loading} disabled={busy}>
            {t(amending ? 'meetings.amend.save' : 'meetings.saveDraft')}
          </Button>
          {amending ? null : (
            <>
              <Button size="large" icon={<CheckCircleOutlined />} onClick={() => void startFinalise()} loading={checkNow.loading || finalise.loading} disabled={busy}>
                {t('meetings.finalise')}
              </Button>
              <Button size="large" icon={<PrinterOutlined />} onClick={() => void openPrint()} disabled={busy}>
                {t('meetings.print')}
              </Button>
              <Button size="large" icon={<FileWordOutlined />} loading={word.loading} onClick={() => void exportWord()} disabled={busy}>
                {t('meetings.exportWord')}
              </Button>
            </>
          )}
          <Button size="large" onClick={back}>
            {t(amending ? 'meetings.amend.cancel' : 'meetings.backToList')}
          </Button>
        </Space>
        <Typography.Text type="secondary" className="bd-meeting-actions-hint">
          {dirty ? t('meetings.unsaved') : saved ? t('meetings.allSaved') : t('meetings.notSavedYet')}
        </Typography.Text>
      </div>
      {printing && saved ? <MinutesPrintPreview code={saved.code} onClose={() => setPrinting(false)} /> : null}
      <AmendReasonModal
        open={askReason}
        initial={reason}
        onClose={() => setAskReason(false)}
        onConfirm={(r) => {
          setReason(r);
          setAskReason(false);
        }}
      />
    </div>
  );
}
