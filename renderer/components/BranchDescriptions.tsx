import { Descriptions } from 'antd';
import type { Branch } from '../api/types';
import { useT } from '../i18n/context';
import { BRANCH_FIELDS, categoryLabelKey, kindLabelKey } from '../lib/branch-fields';

/** The branch as read-only rows, in the same order and with the same labels as the form. */
export function BranchDescriptions({ branch }: { branch: Branch }) {
  const t = useT();
  const display = (name: keyof Branch): string => {
    if (name === 'kind') return t(kindLabelKey(branch.kind));
    if (name === 'category') {
      const key = categoryLabelKey(branch.category);
      return key ? t(key) : '—';
    }
    return branch[name] ?? '—';
  };
  return (
    <Descriptions
      column={{ xs: 1, md: 2 }}
      bordered
      size="small"
      items={BRANCH_FIELDS.map((f) => ({ key: f.name, label: t(f.labelKey), children: display(f.name) }))}
    />
  );
}
