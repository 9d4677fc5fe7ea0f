import { Fragment } from 'react';
import { useT } from '../../i18n/context';
import type { LetterDoc, LetterPart } from '../../pages/transfers/letter-state';
import './transfers-print.css';

/**
 * One part (联) as the form has it: the 联 and the number on top, the title, the addressee,
 * the text, the seal and date at the right, the contact lines; the 存根 keeps a place for the
 * returned 回执. The backend wrote every word (transfers.letter); this is only the layout.
 */
export function LetterPartView({ part, className }: { part: LetterPart; className?: string }) {
  return (
    <section className={['bd-letter-part', className].filter(Boolean).join(' ')} aria-label={`${part.label} ${part.title}`}>
      <div className="bd-letter-part-head">
        <span className="bd-letter-part-label">{part.label}</span>
        <span className="bd-letter-number">{part.numberLine}</span>
      </div>
      <h2 className="bd-letter-title">{part.title}</h2>
      <div className={part.pasteArea ? 'bd-letter-body bd-letter-body-with-paste' : 'bd-letter-body'}>
        <div className="bd-letter-text">
          {part.addressee ? <p className="bd-letter-addressee">{part.addressee}</p> : null}
          {part.paragraphs.map((p, i) => (
            <p key={i} className="bd-letter-paragraph">
              {p}
            </p>
          ))}
          <div className="bd-letter-sign">
            {part.sealLine ? <div className="bd-letter-seal">{part.sealLine}</div> : null}
            <div className="bd-letter-date">{part.dateLine}</div>
          </div>
        </div>
        {part.pasteArea ? <div className="bd-letter-paste">{part.pasteArea}</div> : null}
      </div>
      {part.footer.length ? (
        <div className="bd-letter-footer">
          {part.footer.map((line, i) => (
            <p key={i}>{line}</p>
          ))}
        </div>
      ) : null}
    </section>
  );
}

/**
 * The cut between two parts: a dashed line with 此处裁开; between the 存根 and the 介绍信 the
 * number is written across the line (骑缝编号), half of it on each part, where the 骑缝章 goes.
 */
function CutLine({ label, note, number }: { label: string; note: string; number: string | null }) {
  const t = useT();
  return (
    <div className="bd-letter-cut" role="separator" aria-label={label}>
      <span className="bd-letter-cut-label">✂ {label}</span>
      {number ? <span className="bd-letter-cut-number">{t('transfers.print.seamNumber', { number })}</span> : null}
      {note ? <span className="bd-letter-cut-note">{note}</span> : null}
    </div>
  );
}

const PART_CLASSES = ['bd-letter-stub', 'bd-letter-main', 'bd-letter-receipt'] as const;

/**
 * 《中国共产党党员组织关系介绍信》 on one A4 portrait page: 存根, 介绍信 and 回执 one under the
 * other, cut lines between them. A cancelled letter prints with its 作废 line across the top,
 * so a copy for the archive can never pass for a valid letter; a preview says it is a draft.
 */
export function LetterSheet({ doc, draft = false }: { doc: LetterDoc; draft?: boolean }) {
  const t = useT();
  const parts = [doc.stub, doc.letter, doc.receipt];
  const after: Record<number, LetterDoc['cuts'][number] | undefined> = {
    0: doc.cuts.find((c) => c.after === 'stub'),
    1: doc.cuts.find((c) => c.after === 'letter'),
  };
  return (
    <article className="bd-doc bd-doc-page bd-letter-sheet" aria-label={t('transfers.print.letterTitle', { number: doc.number })} data-testid="letter-sheet">
      {doc.voidNote ? <div className="bd-letter-void">{doc.voidNote}</div> : null}
      {draft ? <div className="bd-letter-draft" aria-hidden>{t('transfers.print.draftMark')}</div> : null}
      {parts.map((part, i) => {
        const cut = after[i];
        return (
          <Fragment key={part.label}>
            <LetterPartView part={part} className={PART_CLASSES[i]} />
            {cut ? <CutLine label={cut.label} note={cut.note} number={i === 0 ? doc.number : null} /> : null}
          </Fragment>
        );
      })}
    </article>
  );
}
