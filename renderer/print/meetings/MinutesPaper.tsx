import { Fragment, useEffect, useMemo, useRef, useState } from 'react';
import { createPortal } from 'react-dom';
import type { Minutes } from '../../pages/meetings/meeting-types';
import { useT } from '../../i18n/context';
import { LabelValueTable } from '../doc-parts';
import { paginate, type PrintPage } from '../paginate';
import { flowPages } from './flow-pages';
import { keepsWithNext, longestFit, minutesBlocks, splitPara, type MinutesBlock } from './minutes-blocks';
import '../print-docs.css';
import './minutes.css';

/** Rows of the 签到表 on one page: 11 mm rows, room to sign, under the title and the column header. */
export const SHEET_ROWS_PER_PAGE = 17;

type Para = Extract<MinutesBlock, { kind: 'para' }>;

function paraClass(b: Pick<Para, 'line' | 'continued'>): string {
  return ['bd-minutes-block', 'bd-minutes-p', `bd-minutes-p-${b.line}`, b.continued ? 'bd-minutes-p-continued' : ''].filter(Boolean).join(' ');
}

function Block({ block, minutes }: { block: MinutesBlock; minutes: Minutes }) {
  switch (block.kind) {
    case 'head':
      return (
        <div className="bd-minutes-block bd-minutes-head">
          <div className="bd-minutes-org">{minutes.orgName}</div>
          <h1 className="bd-minutes-title">{minutes.title}</h1>
          {[minutes.draftNote, minutes.amendmentNote].filter(Boolean).map((note) => (
            <p key={note} className="bd-minutes-note" data-testid="minutes-note">
              {note}
            </p>
          ))}
          <LabelValueTable rows={minutes.headerRows} className="bd-minutes-header" />
        </div>
      );
    case 'heading':
      return <h2 className="bd-minutes-block bd-minutes-heading">{block.text}</h2>;
    case 'para':
      return <p className={paraClass(block)}>{block.text}</p>;
    case 'closing':
      return (
        <div className="bd-minutes-block bd-minutes-closing">
          <p className="bd-minutes-p bd-minutes-p-paragraph">{minutes.closing}</p>
          <div className="bd-minutes-signs">
            {minutes.signatures.map((s) => (
              <div key={s}>
                <span>{s}：</span>
                <span className="bd-sign-line" />
              </div>
            ))}
          </div>
        </div>
      );
  }
}

function outerHeight(el: HTMLElement): number {
  const style = getComputedStyle(el);
  return el.getBoundingClientRect().height + parseFloat(style.marginTop) + parseFloat(style.marginBottom);
}

/**
 * The body of the minutes cut into A4 pages. The blocks are laid out once, hidden, at the width
 * of the printed text area; their heights decide the pages, and paragraphs that run over a page
 * are cut at the last full line. The same CSS lays out the paper, so the cut holds in print.
 */
export function useMinutesPages(minutes: Minutes | null): { pages: MinutesBlock[][] | null; measurer: React.ReactNode } {
  const ref = useRef<HTMLDivElement | null>(null);
  const blocks = useMemo(() => (minutes ? minutesBlocks(minutes) : []), [minutes]);
  const [done, setDone] = useState<{ of: Minutes; pages: MinutesBlock[][] } | null>(null);

  useEffect(() => {
    if (!minutes) return;
    let live = true;
    // Heights are only right once the fonts are in: a fallback face is wider or narrower.
    void document.fonts.ready.then(() => {
      const root = ref.current;
      if (!live || !root) return;
      const heights = new Map<string, number>();
      root.querySelectorAll<HTMLElement>('[data-block]').forEach((el) => heights.set(el.dataset.block!, outerHeight(el.firstElementChild as HTMLElement)));
      const pageHeight = root.querySelector<HTMLElement>('.bd-minutes-ruler')!.getBoundingClientRect().height;
      const scratch = root.querySelector<HTMLElement>('.bd-minutes-scratch')!;
      const paraHeight = (b: Pick<Para, 'line' | 'continued' | 'text'>) => {
        scratch.className = `${paraClass(b)} bd-minutes-scratch`;
        scratch.textContent = b.text;
        return outerHeight(scratch);
      };
      const measure = (b: MinutesBlock) => heights.get(b.id) ?? (b.kind === 'para' ? paraHeight(b) : 0);
      const line = parseFloat(getComputedStyle(scratch).lineHeight) || 37;
      const pages = flowPages(blocks, {
        pageHeight,
        measure,
        keepWithNext: keepsWithNext,
        minHeight: (b) => (b.kind === 'para' ? Math.min(measure(b), 2 * line) : measure(b)),
        split: (b, room) => {
          if (b.kind !== 'para') return null;
          const at = longestFit(b.text.length, room, (n) => paraHeight({ ...b, text: b.text.slice(0, n) }));
          return at > 0 && at < b.text.length ? splitPara(b, at) : null;
        },
      });
      setDone({ of: minutes, pages });
    });
    return () => {
      live = false;
    };
  }, [minutes, blocks]);

  const measurer = minutes
    ? createPortal(
        <div className="bd-doc bd-minutes-measure" ref={ref} aria-hidden>
          <div className="bd-minutes-ruler" />
          {blocks.map((b) => (
            <div key={b.id} data-block={b.id}>
              <Block block={b} minutes={minutes} />
            </div>
          ))}
          <p className="bd-minutes-scratch" />
        </div>,
        document.body,
      )
    : null;
  return { pages: done && done.of === minutes ? done.pages : null, measurer };
}

interface PagesProps {
  minutes: Minutes;
  pages: MinutesBlock[][];
}

/** The minutes on A4: the body pages, then the 签到表, every page numbered "第 N 页 共 M 页". */
export function MinutesPages({ minutes, pages }: PagesProps) {
  const t = useT();
  const sheet = paginate(minutes.attendanceSheet.rows, SHEET_ROWS_PER_PAGE);
  const total = pages.length + sheet.length;
  return (
    <>
      {pages.map((blocks, i) => (
        <section key={`p${i}`} className="bd-doc bd-doc-page bd-minutes-page" aria-label={t('print.pageOf', { page: i + 1, pages: total })}>
          <div className="bd-minutes-body">
            {blocks.map((b) => (
              <Fragment key={b.id}>
                <Block block={b} minutes={minutes} />
              </Fragment>
            ))}
          </div>
          <PageFoot number={i + 1} total={total} />
        </section>
      ))}
      {sheet.map((page) => (
        <SheetPage key={`s${page.number}`} minutes={minutes} page={page} number={pages.length + page.number} total={total} />
      ))}
    </>
  );
}

function SheetPage({ minutes, page, number, total }: { minutes: Minutes; page: PrintPage<string[]>; number: number; total: number }) {
  const t = useT();
  const { title, columns } = minutes.attendanceSheet;
  return (
    <section className="bd-doc bd-doc-page bd-minutes-page bd-minutes-sheet" aria-label={t('print.pageOf', { page: number, pages: total })} data-testid="minutes-sheet">
      <div className="bd-minutes-body">
        <h1 className="bd-minutes-sheet-title">{title}</h1>
        <table className="bd-doc-table bd-minutes-sheet-table">
          <colgroup>
            {columns.map((c, i) => (
              <col key={c} className={`bd-minutes-sheet-col-${i}`} />
            ))}
          </colgroup>
          <thead>
            <tr>
              {columns.map((c) => (
                <th key={c}>{c}</th>
              ))}
            </tr>
          </thead>
          <tbody>
            {page.rows.map((row) => (
              <tr key={row[0]}>
                {row.map((cell, i) => (
                  <td key={i}>{cell}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <PageFoot number={number} total={total} />
    </section>
  );
}

function PageFoot({ number, total }: { number: number; total: number }) {
  const t = useT();
  return <footer className="bd-minutes-foot">{t('print.pageOf', { page: number, pages: total })}</footer>;
}
