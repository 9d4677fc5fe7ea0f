import type { ReactNode } from 'react';

/**
 * A bordered label/value table (the header of the minutes, a receipt's lines, a cover sheet's
 * facts). `labelColumn` names a <col> class when the label column needs a fixed width.
 */
export function LabelValueTable({ rows, className, labelColumn }: { rows: readonly (readonly [string, ReactNode])[]; className: string; labelColumn?: string }) {
  return (
    <table className={`bd-doc-table ${className}`}>
      {labelColumn ? (
        <colgroup>
          <col className={labelColumn} />
          <col />
        </colgroup>
      ) : null}
      <tbody>
        {rows.map(([label, value]) => (
          <tr key={label}>
            <th scope="row">{label}</th>
            <td>{value}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** '支部书记（签字）：______' for each signature asked for, side by side; `after` ends the row (a date). */
export function SignatureLines({ labels, className, after }: { labels: readonly string[]; className: string; after?: ReactNode }) {
  return (
    <div className={className}>
      {labels.map((s) => (
        <div key={s}>
          {s}：<span className="bd-sign-line" />
        </div>
      ))}
      {after}
    </div>
  );
}
