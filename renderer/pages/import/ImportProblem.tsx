import { Alert } from 'antd';
import type { UiError } from '../../api/types';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useT } from '../../i18n/context';
import type { MessageKey } from '../../i18n/zh-CN';
import { readableParams } from '../../lib/field-errors';

/** Codes the import reader gives a file it cannot use (db/members/import/source.ts, layout.ts, plan.ts). */
const FILE_PROBLEMS = new Set([
  'FILE_TOO_LARGE',
  'FILE_UNREADABLE',
  'FILE_EMPTY',
  'FILE_TYPE_UNSUPPORTED',
  'FILE_PASSWORD_PROTECTED',
  'SHEET_NOT_FOUND',
  'SHEET_TOO_LARGE',
  'NO_HEADER_ROW',
  'HEADER_ROW_EMPTY',
  'MAPPING_COLUMN_OUT_OF_RANGE',
  'DUPLICATE_MAPPING',
  'NAME_COLUMN_MISSING',
]);

/**
 * A failed preview or import in words: what is wrong with the file (by its problem code), a
 * changed file or roster (CONFLICT), or any other error the usual way.
 */
export function ImportProblem({ error, fieldLabel }: { error: UiError | null; fieldLabel(field: string): string }) {
  const t = useT();
  if (!error) return null;
  const issue = error.issues?.find((i) => i.code && FILE_PROBLEMS.has(i.code));
  if (error.code === 'INVALID_INPUT' && issue?.code) {
    const params = readableParams(t, issue.params ?? {});
    if (typeof issue.params?.field === 'string') params.field = fieldLabel(issue.params.field);
    return (
      <Alert
        type="error"
        showIcon
        className="bd-form-alert"
        data-error-code={issue.code}
        title={t(`import.problem.${issue.code}` as MessageKey, params)}
        description={t('import.problem.next')}
      />
    );
  }
  if (error.code === 'CONFLICT') {
    return <Alert type="error" showIcon className="bd-form-alert" title={t('import.conflict')} description={t('import.conflictNext')} />;
  }
  return <ErrorAlert error={error} className="bd-form-alert" />;
}
