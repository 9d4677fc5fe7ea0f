import { App } from 'antd';
import { useCallback } from 'react';
import type { UiError } from '../api/types';
import { useT } from '../i18n/context';
import { translateError } from '../i18n/translate';

/** For actions without a form to hold an error box (a toggle, a switch): a toast that still says what to do. */
export function useNotifyError() {
  const t = useT();
  const { message } = App.useApp();
  return useCallback(
    (error: UiError) => {
      const { what, next } = translateError(t, error);
      void message.error(`${what} ${next}`, 8);
    },
    [t, message],
  );
}
