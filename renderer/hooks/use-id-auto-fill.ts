import type { FormInstance } from 'antd';
import dayjs from 'dayjs';
import { useCallback, useRef } from 'react';
import { idFacts, type IdFacts } from '../lib/id-number';
import type { MemberDraft } from '../lib/member-fields';

/**
 * Fills 出生日期 and 性别 from an ID number as it is typed, in any form holding the member
 * fields at its top level (the member form, the 转入 form). What the number last filled in may
 * be replaced when the number changes; anything the user typed is left alone (the fields then
 * show a mismatch hint instead). `reset` forgets what was filled, for a fresh form.
 */
export function useIdAutoFill(form: FormInstance) {
  const autoFilled = useRef<IdFacts | null>(null);
  const onValuesChange = useCallback(
    (changed: Partial<MemberDraft>) => {
      if (typeof changed.idNumber !== 'string') return;
      const facts = idFacts(changed.idNumber, dayjs().format('YYYY-MM-DD'));
      if (!facts) return;
      const before = autoFilled.current;
      const current = form.getFieldsValue(['birthDate', 'gender']) as MemberDraft;
      const patch: MemberDraft = {};
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
  return { onValuesChange, reset };
}
