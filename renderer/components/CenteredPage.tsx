import { Layout, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useT } from '../i18n/context';
import { LanguageSwitch } from './LanguageSwitch';

/** The frame of the screens shown before the data is open: wizard and unlock. */
export function CenteredPage({ children, wide = false }: { children: ReactNode; wide?: boolean }) {
  const t = useT();
  return (
    <Layout className="bd-centered-page">
      <header className="bd-topbar">
        <Typography.Text className="bd-topbar-title">{t('app.nameFull')}</Typography.Text>
        <LanguageSwitch />
      </header>
      <main className={wide ? 'bd-centered-main bd-centered-main-wide' : 'bd-centered-main'}>{children}</main>
    </Layout>
  );
}
