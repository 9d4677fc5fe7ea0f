import { App as AntApp, Button, ConfigProvider, Result, Spin } from 'antd';
import enUS from 'antd/locale/en_US';
import zhCN from 'antd/locale/zh_CN';
import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import { useCallback, useEffect, useMemo, useState } from 'react';
import type { AppStatus, Branch, Preferences, UiError } from '../api/types';
import { ErrorAlert } from '../components/ErrorAlert';
import { useApi } from '../hooks/api-context';
import { useT } from '../i18n/context';
import { I18nProvider } from '../i18n/I18nProvider';
import { makeTranslator } from '../i18n/translate';
import { MainLayout } from '../pages/main/MainLayout';
import { SetupWizard } from '../pages/setup/SetupWizard';
import { UnlockScreen } from '../pages/unlock/UnlockScreen';
import { AppShellContext, type AppShell, type LockReason } from './app-context';
import { rootClassName, themeFor } from './theme';

type Boot = { kind: 'loading' } | { kind: 'failed'; error: UiError } | { kind: 'ready'; status: AppStatus };

/**
 * The shell: asks the backend where we are (setup / locked / unlocked) and shows the one
 * screen that fits. Any LOCKED reply, from any call, sends us back to the unlock screen.
 */
export function App() {
  const api = useApi();
  const [boot, setBoot] = useState<Boot>({ kind: 'loading' });
  const [preferences, setPreferences] = useState<Preferences | null>(null);
  const [branch, setBranch] = useState<Branch | null>(null);

  // Bumped by "Try again" on the start-up error screen.
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    void api.call('app.status', {}).then((result) => {
      if (!result.ok) {
        setBoot({ kind: 'failed', error: result.error });
        return;
      }
      setPreferences(result.value.preferences);
      setBranch(result.value.branch);
      setBoot({ kind: 'ready', status: result.value });
    });
  }, [api, attempt]);

  const [lockReason, setLockReason] = useState<LockReason | null>(null);

  const showLocked = useCallback((reason: LockReason | null) => {
    setLockReason(reason);
    setBranch(null);
    setBoot((b) => (b.kind === 'ready' ? { kind: 'ready', status: { ...b.status, state: 'locked', branch: null, problem: null } } : b));
  }, []);

  useEffect(() => api.onLocked(() => showLocked('expired')), [api, showLocked]);

  // Honour the system setting: some users find moving parts distracting; it also steadies screenshots.
  const reducedMotion = useMemo(() => window.matchMedia('(prefers-reduced-motion: reduce)').matches, []);
  const language = preferences?.language ?? 'zh-CN';
  const textSize = preferences?.textSize ?? 'normal';

  useEffect(() => {
    document.documentElement.lang = language;
    document.documentElement.classList.toggle('bd-text-large', textSize === 'large');
    document.title = makeTranslator(language)('app.nameFull');
    dayjs.locale(language === 'zh-CN' ? 'zh-cn' : 'en');
  }, [language, textSize]);

  const shell = useMemo<AppShell | null>(() => {
    if (boot.kind !== 'ready' || !preferences) return null;
    return {
      status: boot.status,
      preferences,
      branch,
      setBranch,
      async updatePreferences(patch) {
        const before = preferences;
        setPreferences({ ...before, ...patch });
        const result = await api.call('preferences.update', patch);
        setPreferences(result.ok ? result.value : before);
        return result;
      },
      enterUnlocked(next) {
        setBranch(next);
        setBoot({ kind: 'ready', status: { ...boot.status, state: 'unlocked', branch: next, problem: null } });
      },
      async lock(reason) {
        await api.call('store.lock', {});
        showLocked(reason ?? null);
      },
      lockReason,
    };
  }, [api, boot, preferences, branch, showLocked, lockReason]);

  let screen;
  if (boot.kind === 'loading') screen = <Spin size="large" className="bd-boot-spin" />;
  else if (boot.kind === 'failed') screen = (
      <StartFailed
        error={boot.error}
        onRetry={() => {
          setBoot({ kind: 'loading' });
          setAttempt((n) => n + 1);
        }}
      />
    );
  else if (shell && boot.status.state === 'setup') screen = <SetupWizard dataDir={boot.status.dataDir} />;
  else if (shell && boot.status.state === 'locked') screen = <UnlockScreen />;
  else screen = <MainLayout />;

  return (
    <ConfigProvider locale={language === 'zh-CN' ? zhCN : enUS} theme={themeFor(textSize, reducedMotion)}>
      <AntApp className={rootClassName(textSize)}>
        <I18nProvider language={language}>
          {shell ? <AppShellContext.Provider value={shell}>{screen}</AppShellContext.Provider> : screen}
        </I18nProvider>
      </AntApp>
    </ConfigProvider>
  );
}

function StartFailed({ error, onRetry }: { error: UiError; onRetry: () => void }) {
  const t = useT();
  return (
    <Result
      status="error"
      title={t('shell.startFailed')}
      extra={
        <Button type="primary" onClick={onRetry} autoFocus>
          {t('common.retry')}
        </Button>
      }
    >
      <ErrorAlert error={error} />
    </Result>
  );
}
