import { Select, type SelectProps } from 'antd';
import { CODE_TABLES, type CodeTableName } from '../data/codes';
import { useT } from '../i18n/context';

interface Props extends Omit<SelectProps<string>, 'options' | 'showSearch'> {
  table: CodeTableName;
  /** Only these codes (the member form offers 男/女 but not 未知/未说明). */
  only?: readonly string[];
}

interface Option {
  value: string;
  label: string;
}

/** Matches the name anywhere, or the code from its start: "汉", "本科" and "21" all find their entry. */
function matches(input: string, option: Option | undefined): boolean {
  if (!option) return false;
  const q = input.trim().toLowerCase();
  return option.label.toLowerCase().includes(q) || option.value.startsWith(q);
}

/** A code-table field: shows names, stores codes, filters as the user types. */
export function CodeSelect({ table, only, ...rest }: Props) {
  const t = useT();
  const options: Option[] = CODE_TABLES[table].filter((e) => !only || only.includes(e.code)).map((e) => ({ value: e.code, label: e.name }));
  return (
    <Select<string, Option>
      allowClear
      placeholder={t('field.choose')}
      showSearch={{ filterOption: matches }}
      options={options}
      {...rest}
    />
  );
}
