import { useMemo, useState } from 'react';
import { useLoad } from '../../hooks/use-load';
import { useLoadWith } from '../../hooks/use-load-with';
import { MemberDetailDrawer } from '../members/MemberDetailDrawer';
import { MemberFormDrawer, type MemberFormMode } from '../members/MemberFormDrawer';

interface Props {
  code: string | null;
  onClose(): void;
  /** A record was edited or an event recorded: the report is computed again. */
  onChanged(): void;
}

/**
 * A member named in the report opens the same record drawer as on the roster, so a secretary
 * can correct what validation flagged (a missing 转出, a wrong birth date) without leaving
 * the report; the report recomputes after each change.
 */
export function MemberDrawers({ code, onClose, onChanged }: Props) {
  const detail = useLoadWith('members.get', code ? { code } : null);
  const groupsLoad = useLoad('groups.list');
  const groupList = useMemo(() => groupsLoad.value ?? [], [groupsLoad.value]);
  const groups = useMemo(() => new Map(groupList.map((g) => [g.code, g.name])), [groupList]);
  const [formMode, setFormMode] = useState<MemberFormMode | null>(null);
  return (
    <>
      <MemberDetailDrawer
        code={code}
        detail={detail}
        groups={groups}
        onClose={onClose}
        onEdit={(c) => setFormMode({ kind: 'edit', code: c })}
        onChanged={() => {
          detail.reload();
          onChanged();
        }}
      />
      <MemberFormDrawer
        mode={formMode}
        groups={groupList}
        onClose={() => setFormMode(null)}
        onSaved={() => {
          setFormMode(null);
          detail.reload();
          onChanged();
        }}
      />
    </>
  );
}
