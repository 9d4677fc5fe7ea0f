import { CheckSquareOutlined, ImportOutlined, PrinterOutlined, SearchOutlined, UserAddOutlined } from '@ant-design/icons';
import { Button, Input, Space, Typography } from 'antd';
import { useMemo, useRef, useState } from 'react';
import { useAppShell } from '../../app/app-context';
import { useNavigate } from '../../app/navigation';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useDebouncedValue } from '../../hooks/use-debounced-value';
import { useLoad } from '../../hooks/use-load';
import { useLoadWith } from '../../hooks/use-load-with';
import { useT } from '../../i18n/context';
import { RosterPrintPreview } from '../../print/RosterPrintPreview';
import { ExportMenu } from './ExportMenu';
import { MemberDetailDrawer } from './MemberDetailDrawer';
import { MemberFormDrawer, type MemberFormMode } from './MemberFormDrawer';
import { QualityDrawer } from './QualityDrawer';
import { RosterFilters, type RosterFilterValues } from './RosterFilters';
import { RosterTable, type SortState } from './RosterTable';
import { useRosterWindow, type RosterQuery } from './use-roster-window';

/** Long enough to let a fast typist finish a name, short enough to feel immediate. */
const SEARCH_DEBOUNCE_MS = 150;

/**
 * 党员名册: one search box, a few filters, and the whole roster in a virtualised grid. The
 * member opens in a drawer over the list, so the search, filters and scroll position stay put.
 */
export function RosterPage() {
  const t = useT();
  const navigate = useNavigate();
  const { preferences } = useAppShell();
  const gridRef = useRef<HTMLDivElement | null>(null);
  const [search, setSearch] = useState('');
  const q = useDebouncedValue(search.trim(), SEARCH_DEBOUNCE_MS);
  const [filters, setFilters] = useState<RosterFilterValues>({ membership: 'active' });
  const [sort, setSort] = useState<SortState>({ sort: 'code', direction: 'asc' });
  const query = useMemo<RosterQuery>(() => ({ ...filters, ...(q ? { q } : {}), ...sort }), [filters, q, sort]);
  const win = useRosterWindow(query);
  const groupsLoad = useLoad('groups.list');
  const groupList = useMemo(() => groupsLoad.value ?? [], [groupsLoad.value]);
  const groups = useMemo(() => new Map(groupList.map((g) => [g.code, g.name])), [groupList]);

  const [openCode, setOpenCode] = useState<string | null>(null);
  const detail = useLoadWith('members.get', openCode ? { code: openCode } : null);
  const [formMode, setFormMode] = useState<MemberFormMode | null>(null);
  const [printQuery, setPrintQuery] = useState<RosterQuery | null>(null);
  const [qualityOpen, setQualityOpen] = useState(false);
  const quality = useLoadWith('members.quality', qualityOpen ? {} : null);

  const shortDigits = /^\d{1,2}$/.test(q);
  const queryKey = JSON.stringify(query);

  return (
    <div className="bd-page bd-page-wide bd-roster">
      <div className="bd-roster-top">
        <Typography.Title level={2} className="bd-page-title">
          {t('roster.title')}
        </Typography.Title>
        <Space wrap className="bd-roster-actions">
          <Button type="primary" icon={<UserAddOutlined />} onClick={() => setFormMode({ kind: 'add' })}>
            {t('roster.add')}
          </Button>
          <Button icon={<ImportOutlined />} onClick={() => navigate('import')}>
            {t('roster.import')}
          </Button>
          <ExportMenu membership={filters.membership} />
          <Button icon={<PrinterOutlined />} onClick={() => setPrintQuery(query)}>
            {t('roster.print')}
          </Button>
          <Button icon={<CheckSquareOutlined />} onClick={() => setQualityOpen(true)}>
            {t('roster.quality')}
          </Button>
        </Space>
      </div>
      <Input
        size="large"
        autoFocus
        allowClear
        prefix={<SearchOutlined aria-hidden />}
        aria-label={t('roster.search')}
        placeholder={t('roster.search.placeholder')}
        value={search}
        onChange={(e) => setSearch(e.target.value)}
        onKeyDown={(e) => {
          // Down arrow leaves the search box for the list, where Enter opens the highlighted member.
          if (e.key === 'ArrowDown') {
            e.preventDefault();
            gridRef.current?.focus();
          }
        }}
        className="bd-roster-search"
      />
      <RosterFilters value={filters} onChange={setFilters} groups={groupList} />
      <div className="bd-roster-status" aria-live="polite">
        {win.total === null ? t('common.loading') : t('roster.count', { count: win.total })}
        {shortDigits ? <span className="bd-roster-hint">{t('roster.search.digitsHint')}</span> : null}
      </div>
      {win.error ? (
        <div className="bd-form-alert">
          <ErrorAlert error={win.error} />
          <Button onClick={win.refresh} className="bd-retry">
            {t('common.retry')}
          </Button>
        </div>
      ) : null}
      <RosterTable
        window={win}
        queryKey={queryKey}
        sort={sort}
        onSort={setSort}
        onOpen={setOpenCode}
        groups={groups}
        large={preferences.textSize === 'large'}
        gridRef={gridRef}
      />
      <MemberDetailDrawer
        code={openCode}
        detail={detail}
        groups={groups}
        onClose={() => setOpenCode(null)}
        onEdit={(code) => setFormMode({ kind: 'edit', code })}
        onChanged={() => {
          detail.reload();
          win.refresh();
        }}
      />
      <MemberFormDrawer
        mode={formMode}
        groups={groupList}
        onClose={() => setFormMode(null)}
        onSaved={(member) => {
          const wasEdit = formMode?.kind === 'edit';
          setFormMode(null);
          win.refresh();
          groupsLoad.reload();
          if (qualityOpen) quality.reload();
          if (wasEdit && openCode === member.code) detail.reload();
          else if (!qualityOpen) setOpenCode(member.code);
        }}
      />
      <QualityDrawer
        open={qualityOpen}
        quality={quality}
        onClose={() => setQualityOpen(false)}
        onFix={(code, field) => setFormMode({ kind: 'edit', code, focusField: field })}
      />
      {printQuery ? <RosterPrintPreview query={printQuery} groups={groups} onClose={() => setPrintQuery(null)} /> : null}
    </div>
  );
}
