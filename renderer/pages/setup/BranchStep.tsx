import { Button, Form, Typography, type FormInstance } from 'antd';
import type { Branch, UiError } from '../../api/types';
import { BranchFormFields } from '../../components/BranchFormFields';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useApiCall } from '../../hooks/use-api-call';
import { useFormIssues } from '../../hooks/use-form-issues';
import { useT } from '../../i18n/context';
import { BRANCH_FIELDS, draftToInput, type BranchDraft } from '../../lib/branch-fields';

interface Props {
  form: FormInstance<BranchDraft>;
  passphrase: string;
  onBack: () => void;
  onPassphraseRefused: (error: UiError) => void;
  onCreated: (recoveryKey: string, branch: Branch) => void;
}

export function BranchStep({ form, passphrase, onBack, onPassphraseRefused, onCreated }: Props) {
  const t = useT();
  const create = useApiCall('store.create');
  const showIssues = useFormIssues();

  const submit = async (draft: BranchDraft) => {
    const result = await create.run({ passphrase, branch: draftToInput(draft) });
    if (result.ok) {
      onCreated(result.value.recoveryKey, result.value.branch);
      return;
    }
    const { error } = result;
    const passphraseIssue = error.issues?.some((i) => i.path[0] === 'passphrase');
    if (error.code === 'WEAK_PASSPHRASE' || passphraseIssue) {
      onPassphraseRefused(error);
      return;
    }
    // The general box stays too: it says what happened; the fields say what to change.
    showIssues(form, error, ['branch'], BRANCH_FIELDS);
  };

  return (
    <Form form={form} layout="vertical" onFinish={(v) => void submit(v)} className="bd-step" scrollToFirstError>
      <Typography.Title level={3}>{t('wizard.branch.heading')}</Typography.Title>
      <Typography.Paragraph>{t('wizard.branch.intro')}</Typography.Paragraph>
      <ErrorAlert error={create.error} className="bd-form-alert" />
      <BranchFormFields />
      <div className="bd-actions">
        <Button onClick={onBack} disabled={create.loading}>
          {t('common.back')}
        </Button>
        <Button type="primary" htmlType="submit" loading={create.loading}>
          {t('wizard.branch.create')}
        </Button>
      </div>
    </Form>
  );
}
