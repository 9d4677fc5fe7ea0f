import { describe, expect, it } from 'vitest';
import { draftToAddition, draftToFields, MEMBER_FIELDS, memberToDraft } from './member-fields';
import type { MemberRecord } from '../api/types';

describe('MEMBER_FIELDS', () => {
  it('places every field of the record in one of the four sections, once', () => {
    const names = MEMBER_FIELDS.map((f) => f.name);
    expect(new Set(names).size).toBe(names.length);
    expect(names).toHaveLength(30);
    expect(new Set(MEMBER_FIELDS.map((f) => f.section))).toEqual(new Set(['basic', 'party', 'contact', 'other']));
  });
});

describe('draftToFields', () => {
  it('sends blanks as null (clearing them on an edit), trims text, and a blank name as "" for the backend to report', () => {
    const fields = draftToFields({ name: '  ', mobile: ' 139 ', address: '', gender: '2', lostContact: true });
    expect(fields.name).toBe('');
    expect(fields.mobile).toBe('139');
    expect(fields.address).toBeNull();
    expect(fields.gender).toBe('2');
    expect(fields.lostContact).toBe(true);
    expect(fields.mobileMember).toBe(false);
    expect('standing' in fields).toBe(false);
  });

  it('round-trips a saved member through the form unchanged', () => {
    const member = {
      name: '单丽娟', gender: '2', ethnicity: '01', idNumber: '320102198503121525', birthDate: '1985-03-12', education: '21',
      degree: null, occupation: '04', workPost: null, nativePlace: null, workStartDate: null, mobile: '13912345678', landline: null,
      address: '北京', groupCode: 'G01', partyPost: null, introducers: null, applicationDate: null, activistDate: null,
      candidateDate: null, joinDate: '2010-07-01', fullDate: '2011-07-01', partyAgeAdjustMonths: 0, standing: 'normal',
      lostContact: false, lostContactDate: null, lostContactReason: null, mobileMember: false, mobileDestination: null, notes: null,
    } as unknown as MemberRecord;
    const fields = draftToFields(memberToDraft(member));
    for (const [k, v] of Object.entries(fields)) expect(v, k).toEqual((member as unknown as Record<string, unknown>)[k]);
  });
});

describe('draftToAddition', () => {
  it('defaults to 录入原有党员 and sends a missing date as "" for the backend to report', () => {
    expect(draftToAddition({})).toEqual({ kind: 'import', date: '', letterNumber: null, fromOrg: null });
  });
});
