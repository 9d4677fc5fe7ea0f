import { Form } from 'antd';
import { useCallback, useState } from 'react';
import type { Envelope, FieldIssue, UiError } from '../../api/types';
import { useFormIssueTargets } from '../../hooks/use-form-issues';
import type { IssueTarget } from '../../lib/field-errors';

/**
 * A transfers form and its one backend call at a time: busy while it runs; on a refusal the
 * error for <ErrorAlert>, its issues under the fields of `targets`, and the rest for
 * <IssueList>. `adjust` moves issues the backend reports under another name first.
 */
export function useFormSubmit<V>() {
  const [form] = Form.useForm<V>();
  const showIssues = useFormIssueTargets();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<UiError | null>(null);
  const [unmatched, setUnmatched] = useState<FieldIssue[]>([]);

  const run = useCallback(
    async <T>(targets: readonly IssueTarget[], call: () => Promise<Envelope<T>>, adjust: (e: UiError) => UiError = (e) => e): Promise<T | null> => {
      setBusy(true);
      setError(null);
      setUnmatched([]);
      const result = await call();
      setBusy(false);
      if (result.ok) return result.value;
      setError(result.error);
      setUnmatched(showIssues(form, adjust(result.error), targets) ?? []);
      return null;
    },
    [form, showIssues],
  );

  /** Forgets the last refusal: on closing, so the form opens clean next time. */
  const clear = useCallback(() => {
    setError(null);
    setUnmatched([]);
  }, []);

  return { form, busy, error, unmatched, run, clear };
}
