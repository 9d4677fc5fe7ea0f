import type { ReactNode } from 'react';
import type { MemberRecord } from '../api/types';
import { codeName } from '../data/codes';
import { useT } from '../i18n/context';
import type { MessageKey } from '../i18n/zh-CN';
import { formatDate } from '../lib/member-display';

interface Props {
  member: MemberRecord;
  branchName: string;
}

type Item = [number, ReactNode];

/** A full-width space: the gap a form puts between a value and the next label. */
const GAP = '\u3000\u3000';

/**
 * The national 《党员基本信息采集表》 (DOMAIN.md §1.1): the 16 items as a bordered form on one
 * A4 portrait page, with the four signature lines. Items are laid out two to a row where the
 * values are short, one to a row where they are long (ID number, branch, phone, address).
 */
export function CollectionFormSheet({ member: m, branchName }: Props) {
  const t = useT();
  const label = (n: number) => t(`print.form.item.${n}` as MessageKey);
  const yesNo = (v: boolean) => (v ? t('common.yes') : t('common.no'));
  const education = m.education ? `${codeName('education', m.education)}（${m.education}）` : '';
  const phones = [m.mobile ? `${t('print.form.mobile')}：${m.mobile}` : '', m.landline ? `${t('print.form.landline')}：${m.landline}` : '']
    .filter(Boolean)
    .join(GAP);
  const lost = m.lostContact ? `${yesNo(true)}${GAP}${t('print.form.lostDate')}：${m.lostContactDate ? formatDate(t, m.lostContactDate) : ''}` : yesNo(false);
  const mobile = m.mobileMember ? `${yesNo(true)}${GAP}${t('print.form.destination')}：${m.mobileDestination ?? ''}` : yesNo(false);
  const standing = m.standing === 'stopped' ? t('member.standing.stopped') : t('member.standing.normal');

  const pairs: [Item, Item][] = [
    [[1, m.name], [2, codeName('gender', m.gender)]],
    [[3, codeName('ethnicity', m.ethnicity)], [5, formatDate(t, m.birthDate)]],
    [[6, education], [7, codeName('occupation', m.occupation)]],
    [[9, formatDate(t, m.joinDate)], [10, formatDate(t, m.fullDate)]],
    [[11, m.workPost ?? ''], [14, standing]],
  ];
  const pair = ([a, b]: (typeof pairs)[number]) => (
    <tr key={a[0]}>
      <th scope="row">{label(a[0])}</th>
      <td>{a[1]}</td>
      <th scope="row">{label(b[0])}</th>
      <td>{b[1]}</td>
    </tr>
  );
  const wide = (n: number, value: ReactNode, className?: string) => (
    <tr key={n}>
      <th scope="row">{label(n)}</th>
      <td colSpan={3} className={className}>
        {value}
      </td>
    </tr>
  );

  return (
    <article className="bd-doc bd-doc-portrait bd-doc-page bd-form-sheet" aria-label={t('print.form.title')}>
      <h1 className="bd-doc-title bd-form-title">{t('print.form.title')}</h1>
      <table className="bd-doc-table bd-form-table">
        <colgroup>
          <col className="bd-form-label-col" />
          <col />
          <col className="bd-form-label-col" />
          <col />
        </colgroup>
        <tbody>
          {pairs.slice(0, 2).map(pair)}
          {wide(4, m.idNumber ?? '', 'bd-form-id')}
          {pairs.slice(2).map(pair)}
          {wide(8, branchName)}
          {wide(12, phones)}
          {wide(13, m.address ?? '')}
          {wide(15, lost)}
          {wide(16, mobile)}
        </tbody>
      </table>
      <div className="bd-form-signs">
        <div>
          <span>{t('print.form.collector')}：</span>
          <span className="bd-sign-line" />
        </div>
        <div>
          <span>{t('print.form.collectDate')}：</span>
          <span className="bd-sign-date">{t('print.form.dateBlank')}</span>
        </div>
        <div>
          <span>{t('print.form.memberSign')}：</span>
          <span className="bd-sign-line" />
        </div>
        <div>
          <span>{t('print.form.secretarySign')}：</span>
          <span className="bd-sign-line" />
        </div>
      </div>
      <p className="bd-form-note">{t('print.form.note')}</p>
    </article>
  );
}
