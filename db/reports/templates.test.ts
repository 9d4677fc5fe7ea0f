import { afterEach, describe, expect, it } from 'vitest';
import { unlockedBackend } from '../test-support/temp-store';
import { computeFigures } from './compute';
import { parsePeriod } from './periods';
import { TEMPLATES, missingFigures, parseTemplate, templateFor, type ReportTemplate } from './templates';
import annual from './templates/annual-2026.json' with { type: 'json' };
import quarterly from './templates/quarterly-2026.json' with { type: 'json' };

let cleanup: (() => void) | undefined;
afterEach(() => cleanup?.());

describe('parseTemplate', () => {
  it('accepts the bundled quarterly and annual templates', () => {
    for (const raw of [quarterly, annual]) expect(parseTemplate(raw)).toMatchObject({ ok: true });
    const titles = TEMPLATES.find((t) => t.id === 'annual-2026')!.tables.map((t) => t.title.split(' ')[0]);
    for (const table of ['第一表（一）', '第一表（二）', '第二表', '第三表', '第四表', '第八表', '第十表', '第十三表', '第十四表']) expect(titles).toContain(table);
    for (const t of TEMPLATES) expect(t.note).toContain('不是中组部正式表式');
  });

  it('lists every problem of a broken template with its place', () => {
    type Raw = Record<string, unknown> & { tables: { key: string; rows: { cells: unknown[] }[] }[] };
    const broken = structuredClone(quarterly) as Raw;
    broken.tables[0]!.rows[0]!.cells.push('members.total');
    broken.kinds = ['month'];
    expect(parseTemplate(broken)).toEqual({
      ok: false,
      issues: ['kinds.0: Invalid option: expected one of "quarter"|"half"|"year"', 'tables.0.rows.0.cells: 上期末党员总数: 2 cells for 1 value columns'],
    });
    const twice = structuredClone(quarterly) as Raw;
    twice.tables[1]!.key = twice.tables[0]!.key;
    expect(parseTemplate(twice)).toEqual({ ok: false, issues: ['tables.1.key: duplicate table key changes'] });
  });
});

describe('templateFor', () => {
  it('takes the layout in force for the period year and kind; a later layout is new data', () => {
    expect(templateFor(parsePeriod('2026Q3')).id).toBe('quarterly-2026');
    expect(templateFor(parsePeriod('2026H2')).id).toBe('quarterly-2026');
    expect(templateFor(parsePeriod('2026')).id).toBe('annual-2026');
    const next: ReportTemplate = { ...TEMPLATES[1]!, id: 'annual-2027', effectiveYear: 2027 };
    const all = [...TEMPLATES, next];
    expect(templateFor(parsePeriod('2026'), all).id).toBe('annual-2026');
    expect(templateFor(parsePeriod('2028'), all).id).toBe('annual-2027');
    // Before the first layout, the earliest one is used rather than none.
    expect(templateFor(parsePeriod('2020'), all).id).toBe('annual-2026');
  });

  it('refers only to figures the computation produces', async () => {
    const b = await unlockedBackend();
    cleanup = b.cleanup;
    const store = b.session.requireStore();
    for (const id of ['2026Q1', '2026H1', '2026']) {
      const period = parsePeriod(id);
      expect({ id, missing: missingFigures(templateFor(period), computeFigures(store, period)) }).toEqual({ id, missing: [] });
    }
  });
});
