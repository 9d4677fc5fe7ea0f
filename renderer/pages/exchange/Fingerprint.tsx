import { fingerprintLines } from './exchange-logic';

/**
 * A key fingerprint as people compare it: 8 groups of 5 digits in two lines of four, large and
 * in a face whose digits cannot be confused. `label` names whose fingerprint it is, for screen readers.
 */
export function Fingerprint({ groups, label, size = 'large' }: { groups: readonly string[]; label: string; size?: 'large' | 'normal' }) {
  return (
    <div className={`bd-fingerprint bd-fingerprint-${size}`} role="group" aria-label={label} data-testid="fingerprint">
      {fingerprintLines(groups).map((line, i) => (
        <div key={i} className="bd-fingerprint-line">
          {line.map((g, j) => (
            <span key={j} className="bd-fingerprint-group">
              {g}
            </span>
          ))}
        </div>
      ))}
    </div>
  );
}
