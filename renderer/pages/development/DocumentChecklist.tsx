import { Checkbox, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import type { FieldIssue } from '../../api/types';
import { DateField } from '../../components/DateField';
import { useApiCall } from '../../hooks/use-api-call';
import { useT } from '../../i18n/context';
import { devIssueLines } from './dev-issues';
import type { ApplicantDetail } from './pipeline';

type Doc = ApplicantDetail['documents'][number];

/**
 * The papers a step's file should hold: ticked with the day each came in. Ticking without a
 * date takes today; typing a date ticks it; clearing the date unticks it. Each change is saved
 * at once (and audited); a refused date is explained under the paper.
 */
export function DocumentChecklist({ code, documents, onChanged }: { code: string; documents: readonly Doc[]; onChanged(): void }) {
  const t = useT();
  const save = useApiCall('development.setDocument');
  const [errors, setErrors] = useState<Record<string, string>>({});
  if (documents.length === 0) return null;

  const set = async (doc: Doc, receivedOn: string | null) => {
    const result = await save.run({ code, document: doc.key, receivedOn });
    if (result.ok) {
      setErrors(({ [doc.key]: _gone, ...rest }) => rest);
      onChanged();
      return;
    }
    const issue = result.error.issues?.[0] as FieldIssue | undefined;
    const line = issue ? devIssueLines(t, issue, t('dev.docs.receivedOn'))[0]! : t('dev.docs.failed');
    setErrors((e) => ({ ...e, [doc.key]: line }));
  };

  return (
    <div className="bd-dev-docs">
      <Typography.Text type="secondary">{t('dev.docs.title')}</Typography.Text>
      <ul>
        {documents.map((doc) => (
          <li key={doc.key} data-testid="dev-doc">
            <Checkbox checked={doc.receivedOn !== null} onChange={(e) => void set(doc, e.target.checked ? dayjs().format('YYYY-MM-DD') : null)}>
              {doc.name}
              {doc.optional ? <span className="bd-dev-muted">{t('common.optional')}</span> : null}
            </Checkbox>
            <DateField value={doc.receivedOn} onChange={(d) => void set(doc, d)} aria-label={t('dev.docs.dateOf', { name: doc.name })} />
            {doc.status === 'missing' ? <Tag color="orange">{t('dev.docs.missing')}</Tag> : null}
            {errors[doc.key] ? <div className="bd-dev-field-error">{errors[doc.key]}</div> : null}
          </li>
        ))}
      </ul>
    </div>
  );
}
