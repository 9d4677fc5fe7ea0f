import type { FormInstance } from 'antd';
import dayjs from 'dayjs';
import { useCallback, useMemo, useRef } from 'react';
import { idFacts, type IdFacts } from '../lib/id-number';

interface PersonDraft {
  idNumber?: unknown;
  birthDate?: unknown;
  gender?: unknown;
}

/**
 * Fills birth date and gender from a typed ID number (the member, 转入 and applicant forms). What the
 * number last filled in may be replaced when the number changes; anything the user typed
 * themselves is left alone (the form shows a mismatch hint instead).
 */
export function useIdAutoFill(form: FormInstance) {
  const autoFilled = useRef<IdFacts | null>(null);
  const onValuesChange = useCallback(
    (changed: PersonDraft) => {
      if (typeof changed.idNumber !== 'string') return;
      const facts = idFacts(changed.idNumber, dayjs().format('YYYY-MM-DD'));
      if (!facts) return;
      const before = autoFilled.current;
      const current = form.getFieldsValue(['birthDate', 'gender']) as PersonDraft;
      const patch: PersonDraft = {};
      if (!current.birthDate || current.birthDate === before?.birthDate) patch.birthDate = facts.birthDate;
      if (!current.gender || current.gender === before?.gender) patch.gender = facts.gender;
      form.setFieldsValue(patch);
      autoFilled.current = facts;
    },
    [form],
  );
  const reset = useCallback(() => {
    autoFilled.current = null;
  }, []);
  // One object for the form's lifetime: callers list it in effect dependencies.
  return useMemo(() => ({ onValuesChange, reset }), [onValuesChange, reset]);
}
