import { Alert, Space } from 'antd';
import type { StructureWarning } from '../api/types';
import { useT } from '../i18n/context';
import { readableParams } from '../lib/field-errors';

/** Overdue elections are a breach (换届 must happen on time); the rest are things to arrange. */
const SEVERE: ReadonlySet<StructureWarning['code']> = new Set(['ELECTION_OVERDUE', 'NO_SECRETARY']);

/** The 支部工作条例 checks in plain Chinese: what is not as the rules ask, and what to do. */
export function StructureWarnings({ warnings }: { warnings: readonly StructureWarning[] }) {
  const t = useT();
  if (warnings.length === 0) return <Alert type="success" showIcon title={t('structure.warnings.none')} data-testid="structure-ok" />;
  return (
    <Space orientation="vertical" className="bd-full-width" data-testid="structure-warnings">
      {warnings.map((w) => {
        const params = readableParams(t, w.params);
        return (
          <Alert
            key={w.code}
            type={SEVERE.has(w.code) ? 'error' : 'warning'}
            showIcon
            title={t(`structure.warning.${w.code}`, params)}
            description={t(`structure.warning.${w.code}.next`, params)}
          />
        );
      })}
    </Space>
  );
}
