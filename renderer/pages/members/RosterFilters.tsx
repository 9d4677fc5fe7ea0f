import { Segmented, Select } from 'antd';
import type { PartyGroup } from '../../api/types';
import { EDUCATION, OCCUPATION } from '../../data/codes';
import { AGE_BANDS } from '../../data/enums';
import { useT } from '../../i18n/context';

export interface RosterFilterValues {
  membership: 'active' | 'left' | 'all';
  memberType?: 'full' | 'probationary';
  groupCode?: string;
  occupation?: string;
  education?: string;
  ageBand?: string;
}

interface Props {
  value: RosterFilterValues;
  onChange(value: RosterFilterValues): void;
  groups: readonly PartyGroup[];
}

/** Filters a secretary uses when counting and printing: 在册/已离开, 正式/预备, 党小组, 人员类别, 学历, 年龄段. */
export function RosterFilters({ value, onChange, groups }: Props) {
  const t = useT();
  const set = <K extends keyof RosterFilterValues>(key: K, v: RosterFilterValues[K] | undefined) => {
    const next = { ...value };
    if (v === undefined || v === null) delete next[key];
    else next[key] = v;
    onChange(next);
  };
  const select = (key: 'memberType' | 'groupCode' | 'occupation' | 'education' | 'ageBand', label: string, options: { value: string; label: string }[]) => (
    <Select
      aria-label={label}
      placeholder={label}
      allowClear
      showSearch={{ optionFilterProp: 'label' }}
      value={value[key]}
      onChange={(v: string | undefined) => set(key, v as RosterFilterValues[typeof key])}
      options={options}
      className="bd-roster-filter"
      popupMatchSelectWidth={false}
    />
  );
  return (
    <div className="bd-roster-filters" role="group" aria-label={t('roster.filters')}>
      <Segmented<RosterFilterValues['membership']>
        aria-label={t('roster.filter.membership')}
        value={value.membership}
        onChange={(v) => set('membership', v)}
        options={[
          { value: 'active', label: t('roster.filter.active') },
          { value: 'left', label: t('roster.filter.left') },
          { value: 'all', label: t('roster.filter.all') },
        ]}
      />
      {select('memberType', t('roster.col.memberType'), [
        { value: 'full', label: t('member.type.full') },
        { value: 'probationary', label: t('member.type.probationary') },
      ])}
      {select('groupCode', t('member.field.groupCode'), groups.map((g) => ({ value: g.code, label: g.name })))}
      {select('occupation', t('member.field.occupation'), OCCUPATION.map((e) => ({ value: e.code, label: e.name })))}
      {select('education', t('member.field.education'), EDUCATION.map((e) => ({ value: e.code, label: e.name })))}
      {select('ageBand', t('roster.filter.ageBand'), AGE_BANDS.map((b) => ({ value: b, label: t(`roster.ageBand.${b}`) })))}
    </div>
  );
}
