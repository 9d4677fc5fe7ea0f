import { CheckCircleFilled, CheckOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Checkbox, Form, Input, Select, Typography } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { DateField } from '../../components/DateField';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useApiCall } from '../../hooks/use-api-call';
import { useT } from '../../i18n/context';
import { checkFingerprint, scopeChoices } from './exchange-logic';
import { Fingerprint } from './Fingerprint';
import type { Enrolment } from './types';

/**
 * One pending enrolment request: its fingerprint beside the 核对指纹 step (typed as it is read
 * out, or ticked after comparing on paper), the scope to give, and 批准. Approval stays closed
 * until the fingerprint was compared, and a typed mismatch closes it whatever the tick says.
 */
export function EnrolmentApproval({ enrolment: e, ourScope, onApproved }: { enrolment: Enrolment; ourScope: string; onApproved(): void }) {
  const t = useT();
  const [typed, setTyped] = useState('');
  const [ticked, setTicked] = useState(false);
  const choices = scopeChoices(e.orgCode, ourScope);
  const [scope, setScope] = useState<string | undefined>(choices[0]);
  const [validUntil, setValidUntil] = useState<string | null>(null);
  const approve = useApiCall('bundles.approveEnrolment');
  const check = checkFingerprint(typed, e.fingerprint);
  const compared = check.state === 'match' || (ticked && check.state !== 'mismatch');

  const submit = async () => {
    const result = await approve.run({ id: e.id, ...(scope ? { scope } : {}), ...(validUntil ? { validUntil } : {}) });
    if (result.ok) onApproved();
  };

  return (
    <Card type="inner" className="bd-exchange-enrolment" data-testid={`enrolment-${e.orgCode}`} title={`${e.orgName}（${e.orgCode}）`} extra={t('exchange.sub.received', { date: dayjs(e.receivedAt).format(t('format.date')) })}>
      <Typography.Title level={5}>{t('exchange.sub.compareTitle')}</Typography.Title>
      <Typography.Paragraph>{t('exchange.sub.compareIntro', { name: e.orgName })}</Typography.Paragraph>
      <Fingerprint groups={e.fingerprint} label={t('exchange.sub.theirFingerprint', { name: e.orgName })} />
      <Form layout="vertical" className="bd-exchange-gap">
        <Form.Item
          label={t('exchange.sub.typeLabel')}
          htmlFor={`fp-typed-${e.id}`}
          validateStatus={check.state === 'mismatch' ? 'error' : check.state === 'match' ? 'success' : undefined}
          help={<FingerprintFeedback check={check} />}
        >
          <Input id={`fp-typed-${e.id}`} size="large" className="bd-mono bd-exchange-fp-input" value={typed} onChange={(ev) => setTyped(ev.target.value)} placeholder={t('exchange.sub.typePlaceholder')} autoComplete="off" />
        </Form.Item>
        <Form.Item>
          <Checkbox checked={ticked} onChange={(ev) => setTicked(ev.target.checked)}>
            {t('exchange.sub.tick')}
          </Checkbox>
        </Form.Item>
        {choices.length === 0 ? (
          <Alert type="error" showIcon title={t('exchange.sub.outOfScope', { code: e.orgCode, scope: ourScope })} description={t('exchange.sub.outOfScopeNext')} />
        ) : (
          <>
            <Form.Item label={t('exchange.scope')} htmlFor={`scope-${e.id}`} extra={t('exchange.sub.scopeHelp', { code: e.orgCode })}>
              <Select id={`scope-${e.id}`} size="large" value={scope} onChange={setScope} options={choices.map((c, i) => ({ value: c, label: i === 0 ? t('exchange.sub.scopeOwn', { code: c }) : t('exchange.sub.scopeWider', { code: c }) }))} />
            </Form.Item>
            <Form.Item label={t('exchange.sub.validUntil')} htmlFor={`until-${e.id}`}>
              <DateField id={`until-${e.id}`} value={validUntil} onChange={setValidUntil} />
            </Form.Item>
          </>
        )}
        <ErrorAlert error={approve.error} className="bd-form-alert" />
        <Button type="primary" size="large" icon={<CheckOutlined />} disabled={!compared || choices.length === 0} loading={approve.loading} onClick={() => void submit()}>
          {t('exchange.sub.approve')}
        </Button>
        {!compared ? (
          <Typography.Text type="secondary" className="bd-exchange-inline-hint">
            {t('exchange.sub.approveHint')}
          </Typography.Text>
        ) : null}
      </Form>
    </Card>
  );
}

function FingerprintFeedback({ check }: { check: ReturnType<typeof checkFingerprint> }) {
  const t = useT();
  switch (check.state) {
    case 'empty':
      return <span>{t('exchange.sub.typeHelp')}</span>;
    case 'partial':
      return <span>{t('exchange.sub.typePartial', { count: check.groups })}</span>;
    case 'match':
      return (
        <span data-testid="fp-match" className="bd-exchange-fp-match">
          <CheckCircleFilled /> {t('exchange.sub.typeMatch')}
        </span>
      );
    case 'mismatch':
      return <span data-testid="fp-mismatch">{t('exchange.sub.typeMismatch', { group: check.group })}</span>;
  }
}
