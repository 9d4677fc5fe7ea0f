import { Form, Input } from 'antd';
import type { Rule } from 'antd/es/form';
import type { ReactNode } from 'react';
import { useT } from '../i18n/context';
import type { MessageKey } from '../i18n/zh-CN';

interface Props {
  name: string;
  labelKey: MessageKey;
  autoFocus?: boolean;
  /** 'new-password' lets the browser's password manager offer to save it. */
  autoComplete: 'current-password' | 'new-password';
  rules?: Rule[];
  dependencies?: string[];
  extra?: ReactNode;
}

/** A labelled, masked passphrase input; the eye button lets a slow typist check what they typed. */
export function PassphraseField({ name, labelKey, autoFocus, autoComplete, rules = [], dependencies, extra }: Props) {
  const t = useT();
  return (
    <Form.Item
      name={name}
      label={t(labelKey)}
      rules={[{ required: true, message: t('passphrase.required') }, ...rules]}
      // Checked when leaving the field or submitting, not at every keystroke: no red text mid-typing.
      validateTrigger="onBlur"
      {...(dependencies ? { dependencies } : {})}
      {...(extra ? { extra } : {})}
    >
      <Input.Password autoFocus={autoFocus} autoComplete={autoComplete} spellCheck={false} />
    </Form.Item>
  );
}
