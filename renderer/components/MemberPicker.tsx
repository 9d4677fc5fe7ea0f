import { Select } from 'antd';
import { useMemo, useState } from 'react';
import { useDebouncedValue } from '../hooks/use-debounced-value';
import { useLoadWith } from '../hooks/use-load-with';
import { useT } from '../i18n/context';

interface Props {
  value?: string | null;
  onChange?: (code: string | null) => void;
  /** The name to show for the current value before any search has run. */
  currentName?: string | null;
  id?: string;
  'aria-label'?: string;
  placeholder?: string;
}

const LIMIT = 30;

/**
 * Chooses a member on the roster by typing part of the name, pinyin or ID (the roster's own
 * search). Only the first matches are fetched: a picker never loads the whole roster.
 */
export function MemberPicker({ value, onChange, currentName, id, placeholder, ...aria }: Props) {
  const t = useT();
  const [search, setSearch] = useState('');
  const q = useDebouncedValue(search, 150);
  const found = useLoadWith('members.list', { q, membership: 'active', sort: 'name', limit: LIMIT });
  const options = useMemo(() => {
    const list = (found.value?.rows ?? []).map((r) => ({ value: r.code, label: r.name, code: r.code, birthDate: r.birthDate }));
    if (value && !list.some((o) => o.value === value)) list.unshift({ value, label: currentName ?? value, code: value, birthDate: null });
    return list;
  }, [found.value, value, currentName]);
  return (
    <Select
      id={id}
      aria-label={aria['aria-label']}
      allowClear
      value={value ?? undefined}
      placeholder={placeholder ?? t('picker.placeholder')}
      showSearch={{ filterOption: false, onSearch: setSearch, searchValue: search }}
      loading={found.loading}
      notFoundContent={found.loading ? t('common.loading') : t('picker.none')}
      options={options}
      optionRender={(o) => (
        <span>
          {o.data.label}
          <span className="bd-picker-extra">
            {o.data.birthDate ? ` ${o.data.birthDate}` : ''} {o.data.code}
          </span>
        </span>
      )}
      onChange={(v: string | undefined) => {
        setSearch('');
        onChange?.(v ?? null);
      }}
    />
  );
}
