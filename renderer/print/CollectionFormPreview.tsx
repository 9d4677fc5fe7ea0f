import type { MemberRecord } from '../api/types';
import { useAppShell } from '../app/app-context';
import { useT } from '../i18n/context';
import { CollectionFormSheet } from './CollectionFormSheet';
import { PrintPreview } from './PrintPreview';

/** 打印采集表: one member's 党员基本信息采集表 in the print view. */
export function CollectionFormPreview({ member, onClose }: { member: MemberRecord; onClose(): void }) {
  const t = useT();
  const { branch } = useAppShell();
  return (
    <PrintPreview title={t('print.form.previewTitle', { name: member.name })} onClose={onClose}>
      <CollectionFormSheet member={member} branchName={branch?.name ?? ''} />
    </PrintPreview>
  );
}
