import { useMemo } from 'react';
import { useT } from '../i18n/context';
import type { MessageKey } from '../i18n/zh-CN';
import { estimateStrength, MIN_PASSPHRASE_CHARS } from '../lib/passphrase-strength';

const SEGMENTS = 4;

/** Four bars, a word, and the one or two hints that would help most; read out politely by screen readers. */
export function StrengthMeter({ passphrase }: { passphrase: string }) {
  const t = useT();
  const strength = useMemo(() => estimateStrength(passphrase), [passphrase]);
  if (passphrase === '') return null;
  const scoreLabel = t(`strength.${strength.score}` as MessageKey);
  return (
    <div className={`bd-strength bd-strength-${strength.score}`} aria-live="polite">
      <div className="bd-strength-bars" aria-hidden="true">
        {Array.from({ length: SEGMENTS }, (_, i) => (
          <span key={i} className={i < Math.max(strength.score, 1) ? 'bd-strength-bar bd-strength-bar-on' : 'bd-strength-bar'} />
        ))}
      </div>
      <div className="bd-strength-text">
        {t('strength.label')}：<strong>{scoreLabel}</strong>
        {/* A strong passphrase gets no nagging; a weak one gets the two most useful hints. */}
        {(strength.score >= 3 ? strength.hints.filter((h) => h === 'tooShort') : strength.hints).slice(0, 2).map((hint) => (
          <span key={hint} className="bd-strength-hint">
            {t(`strength.hint.${hint}` as MessageKey, { min: MIN_PASSPHRASE_CHARS })}
          </span>
        ))}
      </div>
    </div>
  );
}
