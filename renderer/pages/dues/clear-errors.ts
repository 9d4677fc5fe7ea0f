import type { FormInstance } from 'antd';

/** A field's message from the last refusal goes as soon as the field is changed: it no longer describes what is there. */
export function clearErrors<V extends object>(form: FormInstance<V>, changed: Partial<V>): void {
  form.setFields(Object.keys(changed).map((name) => ({ name: name as never, errors: [] })));
}
