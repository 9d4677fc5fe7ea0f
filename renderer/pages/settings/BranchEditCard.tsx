import { App, Button, Card, Form } from 'antd';
import { useEffect } from 'react';
import { useAppShell } from '../../app/app-context';
import { BranchFormFields } from '../../components/BranchFormFields';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useApiCall } from '../../hooks/use-api-call';
import { useFormIssues } from '../../hooks/use-form-issues';
import { useT } from '../../i18n/context';
import { BRANCH_FIELDS, branchToDraft, draftToInput, type BranchDraft } from '../../lib/branch-fields';

export function BranchEditCard() {
  const t = useT();
  const { message } = App.useApp();
  const { branch, setBranch } = useAppShell();
  const [form] = Form.useForm<BranchDraft>();
  const update = useApiCall('branch.update');
  const showIssues = useFormIssues();

  useEffect(() => {
    if (branch) form.setFieldsValue(branchToDraft(branch));
  }, [form, branch]);

  const submit = async (draft: BranchDraft) => {
    // The code field is read-only; send the stored code so an edited DOM cannot change it.
    const input = draftToInput({ ...draft, code: branch?.code ?? draft.code });
    const result = await update.run(input);
    if (result.ok) {
      setBranch(result.value);
      void message.success(t('settings.branch.saved'));
    } else {
      showIssues(form, result.error, [], BRANCH_FIELDS);
    }
  };

  return (
    <Card title={t('settings.branch')}>
      <Form form={form} layout="vertical" onFinish={(v) => void submit(v)}>
        <ErrorAlert error={update.error} className="bd-form-alert" />
        <BranchFormFields codeReadOnly />
        <Button type="primary" htmlType="submit" loading={update.loading}>
          {t('common.save')}
        </Button>
      </Form>
    </Card>
  );
}
