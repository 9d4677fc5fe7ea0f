import { Segmented } from 'antd';
import { useAppShell } from '../app/app-context';
import { useNotifyError } from '../hooks/use-notify-error';
import { useT } from '../i18n/context';
import type { Language } from '../i18n/translate';

/** Each language is named in itself, so someone who cannot read the current one still finds theirs. */
const OPTIONS: { label: string; value: Language }[] = [
  { label: '简体中文', value: 'zh-CN' },
  { label: 'English', value: 'en' },
];

export function LanguageSwitch() {
  const t = useT();
  const { preferences, updatePreferences } = useAppShell();
  const notifyError = useNotifyError();
  return (
    <Segmented<Language>
      aria-label={t('common.language')}
      options={OPTIONS}
      value={preferences.language}
      onChange={(language) =>
        void updatePreferences({ language }).then((r) => {
          if (!r.ok) notifyError(r.error);
        })
      }
    />
  );
}
