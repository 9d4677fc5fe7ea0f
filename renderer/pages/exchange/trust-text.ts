import type { Translate } from '../../i18n/translate';
import type { Identity } from './types';

/** Where this installation stands in the chain of authorisation, in one sentence. */
export function trustText(t: Translate, id: Identity): string {
  const a = id.authorisation;
  // Without an authorisation from above, a level is its own root: fine for the top, a to-do for a branch.
  if (!a) return t('exchange.trust.none');
  if (a.status === 'revoked') return t('exchange.trust.revoked', { issuer: a.issuer ?? '' });
  if (a.status === 'expired') return t('exchange.trust.expired', { issuer: a.issuer ?? '', until: a.validUntil?.slice(0, 10) ?? '' });
  return t('exchange.trust.ok', { issuer: id.superior?.name ? `${id.superior.name}（${a.issuer ?? ''}）` : (a.issuer ?? ''), scope: a.scope });
}
