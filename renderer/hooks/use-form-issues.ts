import type { FormInstance } from 'antd';
import { useCallback } from 'react';
import type { UiError } from '../api/types';
import { useT } from '../i18n/context';
import { mapIssuesToFields, type FieldSpec } from '../lib/field-errors';

/**
 * Puts an INVALID_INPUT's issues under the fields of `form`. Returns true when every issue
 * found its field, so the caller can skip the general error box.
 */
export function useFormIssues() {
  const t = useT();
  return useCallback(
    (form: FormInstance, error: UiError, prefix: readonly (string | number)[], specs: readonly FieldSpec[]): boolean => {
      if (error.code !== 'INVALID_INPUT' || !error.issues) return false;
      const values = form.getFieldsValue(true) as Record<string, unknown>;
      const mapped = mapIssuesToFields(error.issues, prefix, specs, values, t);
      form.setFields(mapped.fields);
      const first = mapped.fields[0];
      if (first) form.scrollToField(first.name, { block: 'center', focus: true });
      return mapped.unmatched.length === 0 && mapped.fields.length > 0;
    },
    [t],
  );
}
