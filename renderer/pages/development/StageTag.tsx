import { Tag } from 'antd';
import { useT } from '../../i18n/context';
import type { ApplicantStage } from './pipeline';

const COLORS: Record<ApplicantStage, string> = {
  applicant: 'default',
  activist: 'blue',
  candidate: 'geekblue',
  probationary: 'orange',
  full: 'red',
  cancelled: 'default',
};

export function StageTag({ stage }: { stage: ApplicantStage }) {
  const t = useT();
  return <Tag color={COLORS[stage]}>{t(`dev.stage.${stage}`)}</Tag>;
}
