import { Card, Form, Steps } from 'antd';
import { useState } from 'react';
import type { Branch, UiError } from '../../api/types';
import { CenteredPage } from '../../components/CenteredPage';
import { useT } from '../../i18n/context';
import type { BranchDraft } from '../../lib/branch-fields';
import { BranchStep } from './BranchStep';
import { PassphraseStep, type PassphraseValues } from './PassphraseStep';
import { RecoveryStep } from './RecoveryStep';
import { WelcomeStep } from './WelcomeStep';

type Step = 0 | 1 | 2 | 3;

export interface Created {
  recoveryKey: string;
  branch: Branch;
  createdAt: Date;
}

/**
 * First run: welcome and warning → passphrase → branch → recovery sheet. Nothing is written
 * until the branch step succeeds; the passphrase lives only in this component's memory.
 */
export function SetupWizard({ dataDir }: { dataDir: string }) {
  const t = useT();
  const [step, setStep] = useState<Step>(0);
  const [created, setCreated] = useState<Created | null>(null);
  // The forms outlive their steps, so going back and forth keeps what was typed.
  const [passphraseForm] = Form.useForm<PassphraseValues>();
  const [branchForm] = Form.useForm<BranchDraft>();
  const [passphraseError, setPassphraseError] = useState<UiError | null>(null);
  // Held in memory only until store.create; never written anywhere by the renderer.
  const [passphrase, setPassphrase] = useState('');

  const stepTitles = [t('wizard.step.welcome'), t('wizard.step.passphrase'), t('wizard.step.branch'), t('wizard.step.recovery')];

  let content;
  if (step === 0) content = <WelcomeStep dataDir={dataDir} onNext={() => setStep(1)} />;
  else if (step === 1)
    content = (
      <PassphraseStep
        form={passphraseForm}
        error={passphraseError}
        onBack={() => setStep(0)}
        onNext={(chosen) => {
          setPassphrase(chosen);
          setPassphraseError(null);
          setStep(2);
        }}
      />
    );
  else if (step === 2)
    content = (
      <BranchStep
        form={branchForm}
        passphrase={passphrase}
        onBack={() => setStep(1)}
        onPassphraseRefused={(error) => {
          setPassphraseError(error);
          setStep(1);
        }}
        onCreated={(recoveryKey, branch) => {
          setCreated({ recoveryKey, branch, createdAt: new Date() });
          setStep(3);
        }}
      />
    );
  else if (created) content = <RecoveryStep created={created} />;

  return (
    <CenteredPage wide>
      <Card className="bd-wizard" title={t('wizard.title')}>
        <Steps current={step} items={stepTitles.map((title) => ({ title }))} className="bd-wizard-steps" />
        <div className="bd-wizard-body">{content}</div>
      </Card>
    </CenteredPage>
  );
}
