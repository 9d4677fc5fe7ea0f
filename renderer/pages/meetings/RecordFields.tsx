import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { AutoComplete, Button, Form, Input, Typography, type FormListFieldData } from 'antd';
import { useMemo, type ReactNode } from 'react';
import { useT } from '../../i18n/context';
import { normaliseTime } from './meeting-form';

/** A time box that takes 1430, 14.30 or 14：30 and shows 14:30 once the cursor leaves it. */
export function TimeInput({ value, onChange, id, ...rest }: { value?: string; onChange?: (v: string) => void; id?: string; 'aria-label'?: string }) {
  const t = useT();
  return (
    <Input
      id={id}
      value={value ?? ''}
      onChange={(e) => onChange?.(e.target.value)}
      onBlur={(e) => onChange?.(normaliseTime(e.target.value))}
      placeholder={t('meetings.time.placeholder')}
      inputMode="numeric"
      maxLength={8}
      className="bd-time-input"
      aria-label={rest['aria-label']}
    />
  );
}

/** A name typed freely, with the people on the attendance list offered as they type. */
export function NameInput({ value, onChange, id, names, maxLength = 60 }: { value?: string; onChange?: (v: string) => void; id?: string; names: readonly string[]; maxLength?: number }) {
  const typed = (value ?? '').trim();
  const options = useMemo(
    () => names.filter((n, i) => names.indexOf(n) === i && n.includes(typed) && n !== typed).slice(0, 12).map((n) => ({ value: n })),
    [names, typed],
  );
  return <AutoComplete id={id} value={value} onChange={(v: string) => onChange?.(v)} options={options} maxLength={maxLength} />;
}

interface RowListProps {
  name: string;
  /** "第1项决议": the legend of a row's box. */
  legend(n: number): string;
  addLabel: string;
  removeLabel(n: number): string;
  empty: string;
  newRow: object;
  /** One line per row (agenda items): the number, the fields, the remove button; no box. */
  compact?: boolean;
  children(field: FormListFieldData, index: number): ReactNode;
}

/**
 * A list of like rows (agenda items, speeches, resolutions, follow-ups): each row a titled box
 * with its fields and a remove button, an add button under the last. Rows left blank are not
 * saved (meeting-form.ts).
 */
export function RowList({ name, legend, addLabel, removeLabel, empty, newRow, compact, children }: RowListProps) {
  return (
    <Form.List name={name}>
      {(fields, { add, remove }) => (
        <div className="bd-rows">
          {fields.length === 0 ? <Typography.Paragraph type="secondary">{empty}</Typography.Paragraph> : null}
          {fields.map((field, i) => {
            const removeButton = (
              <Button className={compact ? undefined : 'bd-row-remove'} icon={<DeleteOutlined />} onClick={() => remove(field.name)} aria-label={removeLabel(i + 1)} title={removeLabel(i + 1)} />
            );
            return compact ? (
              <div key={field.key} className="bd-row-line" role="group" aria-label={legend(i + 1)}>
                <span className="bd-row-n">{i + 1}.</span>
                <div className="bd-row-fields">{children(field, i)}</div>
                {removeButton}
              </div>
            ) : (
              <fieldset key={field.key} className="bd-row-box">
                <legend>{legend(i + 1)}</legend>
                <div className="bd-row-fields">{children(field, i)}</div>
                {removeButton}
              </fieldset>
            );
          })}
          <Button icon={<PlusOutlined />} onClick={() => add({ ...newRow })}>
            {addLabel}
          </Button>
        </div>
      )}
    </Form.List>
  );
}

/** One part of the record form: a heading and its fields. */
export function FormSection({ id, title, intro, children, extra }: { id: string; title: string; intro?: string; children: ReactNode; extra?: ReactNode }) {
  return (
    <section className="bd-form-section bd-meeting-section" aria-labelledby={`meeting-section-${id}`}>
      <div className="bd-meeting-section-head">
        <Typography.Title level={4} id={`meeting-section-${id}`} className="bd-form-section-title">
          {title}
        </Typography.Title>
        {extra}
      </div>
      {intro ? <Typography.Paragraph type="secondary">{intro}</Typography.Paragraph> : null}
      {children}
    </section>
  );
}

export function useRowLabels(kind: 'agenda' | 'speech' | 'resolution' | 'followUp') {
  const t = useT();
  return {
    legend: (n: number) => t(`meetings.${kind}.legend`, { n }),
    addLabel: t(`meetings.${kind}.add`),
    removeLabel: (n: number) => t(`meetings.${kind}.remove`, { n }),
    empty: t(`meetings.${kind}.empty`),
  };
}
