import { Alert } from 'antd';

/** Problems that belong to no field, in words (a rule on the whole file, a step already recorded …). */
export function DevIssueBox({ lines }: { lines: readonly string[] }) {
  if (lines.length === 0) return null;
  return (
    <Alert
      type="error"
      className="bd-form-alert"
      data-testid="dev-issue-box"
      title={
        <ul className="bd-issue-list">
          {lines.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      }
    />
  );
}
