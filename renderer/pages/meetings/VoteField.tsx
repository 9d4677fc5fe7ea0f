import { Checkbox, InputNumber, Space, Typography } from 'antd';
import { useT } from '../../i18n/context';
import type { VoteValue } from './meeting-form';

interface Props {
  value?: VoteValue | null;
  onChange?: (v: VoteValue | null) => void;
  /** "第1项决议", to tell the boxes of one resolution from the next to a screen reader. */
  name: string;
  id?: string;
}

const CAST = ['for', 'against', 'abstain'] as const;
const WRITTEN = ['writtenFor', 'writtenAgainst', 'writtenAbstain'] as const;

/**
 * 表决情况 of one resolution: 赞成/反对/弃权 of those present, and the written opinions of
 * absent voting members (书面意见), which count with the votes. Off when nothing was put to a vote.
 */
export function VoteField({ value, onChange, name, id }: Props) {
  const t = useT();
  const written = !!value && WRITTEN.some((k) => typeof value[k] === 'number');
  const set = (patch: VoteValue) => onChange?.({ ...(value ?? {}), ...patch });
  const box = (k: (typeof CAST)[number] | (typeof WRITTEN)[number]) => (
    <label key={k} className="bd-vote-box">
      <span>{t(`meetings.vote.${k}`)}</span>
      <InputNumber
        min={0}
        max={100000}
        precision={0}
        value={value?.[k] ?? null}
        onChange={(n) => set({ [k]: n ?? 0 })}
        aria-label={t('meetings.vote.boxLabel', { name, what: t(`meetings.vote.${k}`) })}
        suffix={t('meetings.vote.unit')}
      />
    </label>
  );
  return (
    <div id={id} className="bd-vote">
      <Checkbox checked={!!value} onChange={(e) => onChange?.(e.target.checked ? { for: 0, against: 0, abstain: 0 } : null)}>
        {t('meetings.vote.record')}
      </Checkbox>
      {value ? (
        <>
          <Space wrap size="middle" className="bd-vote-row">
            {CAST.map(box)}
          </Space>
          <Checkbox
            checked={written}
            onChange={(e) => set(e.target.checked ? { writtenFor: 0, writtenAgainst: 0, writtenAbstain: 0 } : { writtenFor: null, writtenAgainst: null, writtenAbstain: null })}
          >
            {t('meetings.vote.written')}
          </Checkbox>
          {written ? (
            <>
              <Space wrap size="middle" className="bd-vote-row">
                {WRITTEN.map(box)}
              </Space>
              <Typography.Text type="secondary">{t('meetings.vote.writtenHelp')}</Typography.Text>
            </>
          ) : null}
        </>
      ) : null}
    </div>
  );
}
