import { Alert } from 'antd';
import type { FieldIssue } from '../api/types';
import { useT } from '../i18n/context';
import { describeIssue } from '../lib/field-errors';
import { memberFieldLabelKey } from '../lib/member-fields';

/**
 * Problems the backend reported that belong to no field on the screen (e.g. "a committee has
 * exactly one 书记"): listed in words, so that none is silently dropped.
 */
export function IssueList({ issues }: { issues: readonly FieldIssue[] }) {
  const t = useT();
  if (issues.length === 0) return null;
  const lines = issues.map((issue) => {
    const field = issue.path.at(-1);
    const labelKey = typeof field === 'string' ? memberFieldLabelKey(field) : null;
    return describeIssue(t, issue, labelKey ? t(labelKey) : '', typeof field === 'string' ? field : undefined) ?? t('issue.other');
  });
  return (
    <Alert
      type="error"
      className="bd-form-alert"
      data-testid="issue-list"
      title={
        <ul className="bd-issue-list">
          {[...new Set(lines)].map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      }
    />
  );
}
