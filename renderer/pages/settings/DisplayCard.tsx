import { Card, Radio } from 'antd';
import { useId } from 'react';
import type { Preferences } from '../../api/types';
import { useAppShell } from '../../app/app-context';
import { LanguageSwitch } from '../../components/LanguageSwitch';
import { useNotifyError } from '../../hooks/use-notify-error';
import { useT } from '../../i18n/context';

/** Language and text size apply the moment they are clicked: no Save button to forget. */
export function DisplayCard() {
  const t = useT();
  const { preferences, updatePreferences } = useAppShell();
  const notifyError = useNotifyError();
  const textSizeLabel = useId();

  return (
    <Card title={t('settings.display')}>
      <div className="bd-setting-rows">
        <div className="bd-setting-row">
          <span className="bd-label">{t('settings.language')}</span>
          <LanguageSwitch />
        </div>
        <div className="bd-setting-row">
          <span id={textSizeLabel} className="bd-label">
            {t('settings.textSize')}
          </span>
          <Radio.Group
            aria-labelledby={textSizeLabel}
            optionType="button"
            buttonStyle="solid"
            value={preferences.textSize}
            onChange={(e) =>
              void updatePreferences({ textSize: e.target.value as Preferences['textSize'] }).then((r) => {
                if (!r.ok) notifyError(r.error);
              })
            }
            options={[
              { value: 'normal', label: t('settings.textSize.normal') },
              { value: 'large', label: t('settings.textSize.large') },
            ]}
          />
        </div>
      </div>
    </Card>
  );
}
