import type { FormInstance } from 'antd';
import { useCallback } from 'react';
import type { FieldIssue, UiError } from '../api/types';
import { useT } from '../i18n/context';
import { mapIssuesToTargets, type FieldSpec, type IssueTarget } from '../lib/field-errors';

/**
 * Puts an INVALID_INPUT's issues under the fields of `form`, for a form made of one or more
 * groups of fields. Returns the issues that found no field (shown next to the general error
 * box), or null when the error was not INVALID_INPUT at all.
 */
export function useFormIssueTargets() {
  const t = useT();
  return useCallback(
    (form: FormInstance, error: UiError, targets: readonly IssueTarget[]): FieldIssue[] | null => {
      // The fields have no client rules, so antd never clears a message itself: the answer to
      // this submit replaces the last one's, or a fixed field would still show its old problem.
      const stale = form.getFieldsError().filter((f) => f.errors.length > 0);
      form.setFields(stale.map((f) => ({ name: f.name, errors: [] })));
      if (error.code !== 'INVALID_INPUT' || !error.issues) return null;
      const mapped = mapIssuesToTargets(error.issues, targets, form.getFieldsValue(true), t);
      form.setFields(mapped.fields);
      const first = mapped.fields[0];
      if (first) form.scrollToField(first.name, { block: 'center', focus: true });
      return mapped.unmatched;
    },
    [t],
  );
}

/**
 * The one-group form: puts the issues under the fields named after `prefix`. Returns true when
 * every issue found its field, so the caller can skip the general error box.
 */
export function useFormIssues() {
  const show = useFormIssueTargets();
  return useCallback(
    (form: FormInstance, error: UiError, prefix: readonly (string | number)[], specs: readonly FieldSpec[]): boolean => {
      const unmatched = show(form, error, [{ prefix, specs }]);
      return unmatched !== null && unmatched.length === 0 && (error.issues?.length ?? 0) > 0;
    },
    [show],
  );
}
