import { Alert } from 'antd';
import { useCallback } from 'react';
import { useI18n } from '../../i18n/context';
import type { MessageKey } from '../../i18n/zh-CN';
import { formatDate } from '../../lib/member-display';
import { formatMonth, warningMessage, type TransferWarning } from './letter-state';

/** The sentences for the warnings an operation was accepted with, in the UI language. */
export function useWarningLines(): (warnings: readonly TransferWarning[]) => string[] {
  const { t, language } = useI18n();
  return useCallback(
    (warnings) => {
      const lists = new Intl.ListFormat(language, { type: 'conjunction' });
      const format = { label: (k: MessageKey) => t(k), list: (items: string[]) => lists.format(items), month: (m: string) => formatMonth(t, m), date: (d: string) => formatDate(t, d) };
      return warnings.map((w) => {
        const { key, params } = warningMessage(w, format);
        return t(key, params);
      });
    },
    [t, language],
  );
}

/** What the backend accepted but wants the secretary to know (details missing, dues not paid up, letter expired). */
export function WarningList({ warnings }: { warnings: readonly TransferWarning[] }) {
  const lines = useWarningLines()(warnings);
  if (lines.length === 0) return null;
  return (
    <Alert
      type="warning"
      showIcon
      className="bd-print-warning"
      data-testid="transfer-warnings"
      title={
        <ul className="bd-issue-list">
          {lines.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      }
    />
  );
}
