import { useT } from '../../i18n/context';
import { formatDate } from '../../lib/member-display';
import type { ApplicantDetail, StepSetDoc } from '../../pages/development/pipeline';
import './development-docs.css';
import { rowSpans } from './spans';

interface Props {
  person: ApplicantDetail;
  steps: StepSetDoc;
  orgName: string;
  printedOn: string;
}

/**
 * 入党材料清单: every paper the file should hold, step by step, with the day it came in or why
 * it is not there; for checking a 发展党员 file before it goes up to the 党委 and into the
 * archive. A4 portrait, the step cell spanning its papers.
 */
export function MaterialsSheet({ person, steps, orgName, printedOn }: Props) {
  const t = useT();
  const names = new Map(steps.steps.map((s) => [s.key, `${s.number}. ${s.name}`]));
  const docs = person.documents;
  const spans = rowSpans(docs.map((d) => d.step));
  const received = docs.filter((d) => d.receivedOn).length;
  return (
    <article className="bd-doc bd-doc-portrait bd-doc-page bd-dev-materials" aria-label={t('dev.print.materials.title', { name: person.name })}>
      <h1 className="bd-doc-title bd-dev-doc-title">{t('dev.print.materials.title', { name: person.name })}</h1>
      <div className="bd-doc-meta">
        <span>
          {t('dev.print.org')}：{orgName}
        </span>
        <span>{t(`dev.stage.${person.stage}`)}</span>
        <span>{t('dev.print.materials.count', { received, total: docs.length })}</span>
      </div>
      <table className="bd-doc-table bd-dev-mat-table">
        <colgroup>
          <col className="bd-dev-mat-num" />
          <col className="bd-dev-mat-step" />
          <col />
          <col className="bd-dev-mat-date" />
          <col className="bd-dev-mat-status" />
        </colgroup>
        <thead>
          <tr>
            <th>{t('dev.print.materials.number')}</th>
            <th>{t('dev.print.materials.step')}</th>
            <th>{t('dev.print.materials.document')}</th>
            <th>{t('dev.print.materials.receivedOn')}</th>
            <th>{t('dev.print.materials.status')}</th>
          </tr>
        </thead>
        <tbody>
          {docs.map((d, i) => (
            <tr key={d.key}>
              <td className="bd-doc-num">{i + 1}</td>
              {spans[i] ? <td rowSpan={spans[i]}>{names.get(d.step) ?? d.step}</td> : null}
              <td>
                {d.name}
                {d.optional ? t('common.optional') : ''}
                {d.note ? <div className="bd-dev-tl-small">{d.note}</div> : null}
              </td>
              <td>{formatDate(t, d.receivedOn)}</td>
              <td>{t(`dev.docs.status.${d.status}`)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <div className="bd-dev-signs">
        <span>
          {t('dev.print.handler')}：<span className="bd-sign-line" />
        </span>
        <span>
          {t('dev.print.secretarySign')}：<span className="bd-sign-line" />
        </span>
        <span>{t('dev.print.printedOn', { date: formatDate(t, printedOn) })}</span>
      </div>
    </article>
  );
}
