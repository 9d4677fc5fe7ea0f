import type { ReactNode } from 'react';

/** '支部书记（签字）：______' for each signature the model asks for, side by side; `after` ends the row (a date). */
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
