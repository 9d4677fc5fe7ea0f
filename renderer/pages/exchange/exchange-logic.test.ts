import { describe, expect, it } from 'vitest';
import { MAX_BUNDLE_BYTES as BACKEND_MAX } from '../../../db/bundles/container';
import { withinScope as backendWithinScope } from '../../../db/bundles/statements';
import { bundleFileRefusal, checkFingerprint, fingerprintLines, MAX_BUNDLE_BYTES, ourScope, scopeChoices, sendablePeriods, withinScope } from './exchange-logic';

const FP = ['27844', '22174', '74398', '92736', '29044', '42628', '57165', '98037'];

describe('fingerprints', () => {
  it('are laid out as two lines of four groups', () => {
    expect(fingerprintLines(FP)).toEqual([FP.slice(0, 4), FP.slice(4)]);
  });

  it('compare only the digits, as people type them (spaces, dashes, full-width digits)', () => {
    expect(checkFingerprint('', FP)).toEqual({ state: 'empty' });
    expect(checkFingerprint('  ', FP)).toEqual({ state: 'empty' });
    expect(checkFingerprint(FP.join(' '), FP)).toEqual({ state: 'match' });
    expect(checkFingerprint(FP.join('-'), FP)).toEqual({ state: 'match' });
    expect(checkFingerprint('２７８４４ ２２１７４', FP)).toEqual({ state: 'partial', groups: 2 });
    expect(checkFingerprint('2784', FP)).toEqual({ state: 'partial', groups: 0 });
  });

  it('name the first group that differs', () => {
    expect(checkFingerprint('27844 22175', FP)).toEqual({ state: 'mismatch', group: 2 });
    expect(checkFingerprint(`${FP.slice(0, 7).join('')}98038`, FP)).toEqual({ state: 'mismatch', group: 8 });
    expect(checkFingerprint(`${FP.join('')}1`, FP)).toEqual({ state: 'mismatch', group: 9 });
  });
});

describe('bundle files', () => {
  it('refuse an empty file and one larger than the backend takes, before reading it', () => {
    expect(MAX_BUNDLE_BYTES).toBe(BACKEND_MAX);
    expect(bundleFileRefusal({ size: 0 })).toEqual({ code: 'empty' });
    expect(bundleFileRefusal({ size: MAX_BUNDLE_BYTES + 1 })).toEqual({ code: 'tooLarge', sizeMb: 256 });
    expect(bundleFileRefusal({ size: 1200 })).toBeNull();
  });
});

describe('scopes', () => {
  it('agree with the backend on what lies within a scope', () => {
    for (const [code, scope] of [['DW-01-ZB-0001', 'DW-01'], ['DW-011', 'DW-01'], ['DW-01', 'DW-01'], ['X-1', '*'], ['DW', 'DW-01']] as const) {
      expect(withinScope(code, scope), `${code} in ${scope}`).toBe(backendWithinScope(code, scope));
    }
  });

  it('offer the subordinate its own code first, then the wider prefixes within our own scope', () => {
    expect(scopeChoices('DW-01-ZB-0001', 'DW-01')).toEqual(['DW-01-ZB-0001', 'DW-01-ZB', 'DW-01']);
    expect(scopeChoices('DW-01-ZB-0001', '*')).toEqual(['DW-01-ZB-0001', 'DW-01-ZB', 'DW-01', 'DW']);
    expect(scopeChoices('DW-01-ZB-0001', 'DW-01-ZB-0001')).toEqual(['DW-01-ZB-0001']);
  });

  it('are everything for a root, the given scope once authorised, our own code when that lapsed', () => {
    expect(ourScope({ orgCode: 'DW-01', root: true, authorisation: null })).toBe('*');
    expect(ourScope({ orgCode: 'DW-01', root: false, authorisation: { scope: 'DW-01', status: 'ok' } })).toBe('DW-01');
    expect(ourScope({ orgCode: 'DW-01', root: false, authorisation: { scope: 'DW', status: 'revoked' } })).toBe('DW-01');
  });

  it('offer nothing for a code outside our scope (the codes are not hierarchical)', () => {
    expect(scopeChoices('ZB-0001', 'DW-01')).toEqual([]);
  });
});

describe('report periods', () => {
  it('offer only periods with a submitted version, newest first, with the latest version', () => {
    const periods = [
      { period: '2026Q2', label: '2026年第二季度', versions: 1, end: '2026-06-30' },
      { period: '2026Q3', label: '2026年第三季度', versions: 2, end: '2026-09-30' },
      { period: '2026Q4', label: '2026年第四季度', versions: 0, end: '2026-12-31' },
      { period: '2026H1', label: '2026年上半年', versions: 1, end: '2026-06-30' },
    ];
    expect(sendablePeriods(periods)).toEqual([
      { period: '2026Q3', label: '2026年第三季度', version: 2 },
      { period: '2026Q2', label: '2026年第二季度', version: 1 },
      { period: '2026H1', label: '2026年上半年', version: 1 },
    ]);
  });
});
