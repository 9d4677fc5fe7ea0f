import { Card, InputNumber, Segmented, Select, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import type { OpOutput } from '../../api/types';
import { useT } from '../../i18n/context';
import { columnLetter, IMPORT_FIELDS, type ImportFieldChoice, type MappingOverride } from '../../lib/import-file';

export type ImportPreview = OpOutput<'members.importPreview'>;
type PreviewRow = ImportPreview['rows'][number];

interface Props {
  preview: ImportPreview;
  overrides: readonly MappingOverride[];
  busy: boolean;
  onSheet(sheet: string): void;
  onHeaderRow(row: number): void;
  onMapping(column: number, field: ImportFieldChoice): void;
}

/**
 * What the import would do, before it does it: the sheet and header row found, which column
 * fills which field (each can be changed, which previews again), and every row marked
 * 将导入 or 将跳过 with the reasons in Chinese.
 */
export function ImportPreviewPanel({ preview, overrides, busy, onSheet, onHeaderRow, onMapping }: Props) {
  const t = useT();
  const [filter, setFilter] = useState<'all' | 'import' | 'skip'>('all');
  const rows = filter === 'all' ? preview.rows : preview.rows.filter((r) => r.status === filter);
  const fieldOptions = [
    { value: 'ignore', label: t('import.mapping.ignore') },
    ...IMPORT_FIELDS.map((f) => ({ value: f, label: t(`member.field.${f}`) })),
  ];

  return (
    <Space orientation="vertical" size="large" className="bd-full-width">
      <Card size="small" title={t('import.mapping.title')}>
        <Space wrap size="large" className="bd-form-alert">
          {preview.sheets.length > 1 ? (
            <label className="bd-inline-field">
              <span>{t('import.sheet')}</span>
              <Select value={preview.sheet} onChange={onSheet} options={preview.sheets.map((s) => ({ value: s, label: s }))} disabled={busy} />
            </label>
          ) : (
            <span>
              {t('import.sheet')}：<strong>{preview.sheet}</strong>
            </span>
          )}
          <label className="bd-inline-field">
            <span>{t('import.headerRow')}</span>
            <InputNumber
              min={1}
              value={preview.headerRow}
              disabled={busy}
              onChange={(v) => {
                if (typeof v === 'number' && v !== preview.headerRow) onHeaderRow(v);
              }}
            />
          </label>
        </Space>
        <Typography.Paragraph type="secondary">{t('import.mapping.intro')}</Typography.Paragraph>
        <div className="bd-mapping-grid" data-testid="import-mapping">
          {preview.mapping.map((m) => {
            const override = overrides.find((o) => o.column === m.column);
            const value = override ? override.field : (m.field ?? 'ignore');
            return (
              <label key={m.column} className="bd-mapping-item">
                <span className="bd-mapping-header">
                  <span className="bd-mapping-letter">{columnLetter(m.column)}</span>
                  {m.header || t('import.mapping.noHeader')}
                </span>
                <Select
                  value={value}
                  disabled={busy}
                  aria-label={t('import.mapping.for', { column: columnLetter(m.column), header: m.header })}
                  showSearch={{ optionFilterProp: 'label' }}
                  options={fieldOptions}
                  onChange={(field: ImportFieldChoice) => onMapping(m.column, field)}
                  className={value === 'ignore' ? 'bd-mapping-ignored' : undefined}
                />
              </label>
            );
          })}
        </div>
      </Card>

      <Card
        size="small"
        title={
          <span data-testid="import-counts">
            {t('import.counts', { import: preview.counts.import, skip: preview.counts.skip })}
          </span>
        }
        extra={
          <Segmented<'all' | 'import' | 'skip'>
            value={filter}
            onChange={setFilter}
            options={[
              { value: 'all', label: t('import.filter.all') },
              { value: 'import', label: t('import.status.import') },
              { value: 'skip', label: t('import.status.skip') },
            ]}
          />
        }
      >
        <Table<PreviewRow>
          rowKey="rowNumber"
          size="small"
          dataSource={rows}
          loading={busy}
          pagination={{ pageSize: 50, hideOnSinglePage: true, showSizeChanger: false }}
          columns={[
            { key: 'row', title: t('import.col.row'), dataIndex: 'rowNumber', width: 80 },
            { key: 'name', title: t('import.col.name'), dataIndex: 'name', width: 140 },
            {
              key: 'status',
              title: t('import.col.status'),
              width: 110,
              render: (_v, r) =>
                r.status === 'import' ? <Tag color="green">{t('import.status.import')}</Tag> : <Tag color="red">{t('import.status.skip')}</Tag>,
            },
            {
              key: 'reasons',
              title: t('import.col.reasons'),
              render: (_v, r) => (
                <ul className="bd-import-reasons">
                  {r.reasons.map((reason, i) => (
                    <li key={`r${i}`} className="bd-import-reason">
                      {reason}
                    </li>
                  ))}
                  {r.warnings.map((w, i) => (
                    <li key={`w${i}`} className="bd-import-warning">
                      {w}
                    </li>
                  ))}
                </ul>
              ),
            },
          ]}
        />
      </Card>
    </Space>
  );
}
