import { PrinterOutlined } from '@ant-design/icons';
import { Button } from 'antd';
import { useState } from 'react';
import { useAppShell } from '../../app/app-context';
import { useT } from '../../i18n/context';
import { FingerprintSheet } from '../../print/exchange/FingerprintSheet';
import { PrintPreview } from '../../print/PrintPreview';
import type { Identity } from './types';

/** 打印指纹核对单: our fingerprint on paper, to hand over with the enrolment request. */
export function FingerprintPrint({ identity, primary = false }: { identity: Identity; primary?: boolean }) {
  const t = useT();
  const { branch } = useAppShell();
  const [printing, setPrinting] = useState(false);
  return (
    <>
      <Button size="large" type={primary ? 'primary' : 'default'} icon={<PrinterOutlined />} onClick={() => setPrinting(true)}>
        {t('exchange.identity.print')}
      </Button>
      {printing ? (
        <PrintPreview title={t('exchange.fpSheet.title')} onClose={() => setPrinting(false)}>
          <FingerprintSheet
            orgName={branch?.name ?? ''}
            orgCode={identity.orgCode}
            keyId={identity.keyId}
            fingerprint={identity.fingerprint}
            keyCreatedAt={identity.createdAt}
            printedAt={new Date()}
          />
        </PrintPreview>
      ) : null}
    </>
  );
}
