import type { ReactNode } from 'react';

/** The label/value table at the top of both exchange sheets (the 采集表's .bd-form-table, lower rows). */
export function FactsTable({ rows }: { rows: readonly (readonly [string, ReactNode])[] }) {
  return (
    <table className="bd-doc-table bd-form-table bd-exchange-facts">
      <colgroup>
        <col className="bd-exchange-facts-label" />
        <col />
      </colgroup>
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

/** Blank lines to sign and date by hand, two to a row (the 采集表's layout: .bd-form-signs). */
export function SignLines({ labels }: { labels: readonly string[] }) {
  return (
    <div className="bd-form-signs bd-exchange-signs">
      {labels.map((label) => (
        <div key={label}>
          {label}
          <span className="bd-sign-line" />
        </div>
      ))}
    </div>
  );
}
