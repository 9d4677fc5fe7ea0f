import { Form } from 'antd';
import { useT } from '../i18n/context';
import type { MessageKey } from '../i18n/zh-CN';
import { MIN_PASSPHRASE_CHARS } from '../lib/passphrase-strength';
import { PassphraseField } from './PassphraseField';
import { StrengthMeter } from './StrengthMeter';

interface Props {
  name: string;
  confirmName: string;
  labelKey: MessageKey;
  confirmLabelKey: MessageKey;
  autoFocus?: boolean;
}

/**
 * A new passphrase typed twice, with the strength meter. The length check here only saves
 * a round trip; the backend enforces the same minimum (WEAK_PASSPHRASE).
 */
export function NewPassphraseFields({ name, confirmName, labelKey, confirmLabelKey, autoFocus }: Props) {
  const t = useT();
  const form = Form.useFormInstance();
  const value = Form.useWatch<string | undefined>(name, form) ?? '';
  return (
    <>
      <PassphraseField
        name={name}
        labelKey={labelKey}
        autoFocus={autoFocus}
        autoComplete="new-password"
        extra={value === '' ? undefined : <StrengthMeter passphrase={value} />}
        rules={[
          {
            validator: async (_rule, v: unknown) => {
              const count = typeof v === 'string' ? [...v.normalize('NFC')].length : 0;
              if (count > 0 && count < MIN_PASSPHRASE_CHARS) {
                throw new Error(t('passphrase.tooShort', { min: MIN_PASSPHRASE_CHARS, count }));
              }
            },
          },
        ]}
      />
      <PassphraseField
        name={confirmName}
        labelKey={confirmLabelKey}
        autoComplete="new-password"
        dependencies={[name]}
        rules={[
          ({ getFieldValue }) => ({
            validator: async (_rule, v: unknown) => {
              if (v && v !== getFieldValue(name)) throw new Error(t('passphrase.mismatch'));
            },
          }),
        ]}
      />
    </>
  );
}
