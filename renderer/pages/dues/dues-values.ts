/**
 * The dues value lists the screens offer, copied from the backend (the renderer may not import
 * db/ at run time). `Same` fails to compile when the backend's list changes; dues-logic.test.ts
 * compares the order with the backend's own arrays.
 */
import type { DuesCategory, PaymentInput } from './dues-logic';
import type { OpInput } from '../../api/types';

type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;

export const PAYMENT_METHODS = ['cash', 'transfer', 'online', 'other'] as const;
export const PAYMENT_KINDS = ['normal', 'back-pay', 'voluntary'] as const;
export const REDUCTIONS = ['none', 'reduced', 'exempt'] as const;
export const DUES_CATEGORIES = [
  'employed',
  'annual-salary',
  'self-employed',
  'retired',
  'farmer',
  'student',
  'unemployed',
  'relief',
  'subsistence',
  'mobile-no-income',
] as const;

export type PaymentMethod = (typeof PAYMENT_METHODS)[number];
export type PaymentKind = (typeof PAYMENT_KINDS)[number];
export type Reduction = (typeof REDUCTIONS)[number];

export const SAME_LISTS: [
  Same<PaymentMethod, PaymentInput['method']>,
  Same<PaymentKind, NonNullable<PaymentInput['kind']>>,
  Same<Reduction, NonNullable<OpInput<'dues.setProfile'>['reduction']>>,
  Same<(typeof DUES_CATEGORIES)[number], DuesCategory>,
] = [true, true, true, true];
