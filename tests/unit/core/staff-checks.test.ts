import { describe, expect, it } from 'vitest';
import type { CheckContext } from '../../../core/checks/check-context';
import { checkStaff } from '../../../core/checks/staff-checks';
import { makeKgPin } from '../../../core/rules/kg-pin';
import type { Issue } from '../../../core/schemas/issue';
import { staffCardSchema, type StaffCardInput } from '../../../core/schemas/staff';

/** The worked example of DESIGN §4: RNOKPP 1759013776, a man born on 1948-02-28. */
const valid: StaffCardInput = {
  lastName: 'Кравченко',
  firstName: 'Микола',
  middleName: 'Степанович',
  birthDate: '1948-02-28',
  sex: 'M',
  taxId: '1759013776',
  phone: '+380661234567',
  email: 'kravchenko@example.com',
  position: 'вчитель математики',
  hiredOn: '1990-09-01',
};

const ua: CheckContext = { country: 'UA', today: '2025-10-15' };
const kg: CheckContext = { country: 'KG', today: '2025-10-15' };

function check(overrides: Partial<StaffCardInput>, ctx: CheckContext = ua): Issue[] {
  return checkStaff(staffCardSchema.parse({ ...valid, ...overrides }), ctx);
}

function found(issues: Issue[]): string[] {
  return issues.map((i) => `${i.code} ${i.field ?? ''}`.trim());
}

describe('checking a staff card', () => {
  it('finds nothing in a complete, consistent card', () => {
    expect(check({})).toEqual([]);
  });

  it('reports REQUIRED for an empty last name', () => {
    expect(found(check({ lastName: '' }))).toEqual(['REQUIRED lastName']);
  });

  it('reports REQUIRED for an empty first name', () => {
    expect(found(check({ firstName: '  ' }))).toEqual(['REQUIRED firstName']);
  });

  it('reports REQUIRED for an empty birth date', () => {
    expect(found(check({ birthDate: '' }))).toEqual(['REQUIRED birthDate']);
  });

  it('reports REQUIRED taxId in Ukraine', () => {
    expect(check({ taxId: undefined })).toEqual([{ code: 'REQUIRED', severity: 'error', field: 'taxId' }]);
  });

  it('reports REQUIRED taxId for a tax number of spaces only', () => {
    expect(found(check({ taxId: '   ' }))).toEqual(['REQUIRED taxId']);
  });

  it('reports REQUIRED pin in Kyrgyzstan', () => {
    expect(found(check({ taxId: undefined }, kg))).toEqual(['REQUIRED pin']);
  });

  it('accepts a Kyrgyz PIN that matches the card', () => {
    expect(check({ taxId: undefined, pin: makeKgPin('1948-02-28', 'M', 12) }, kg)).toEqual([]);
  });

  it('reports CHECKSUM for a mistyped RNOKPP', () => {
    expect(found(check({ taxId: '1759013775' }))).toEqual(['CHECKSUM taxId']);
  });

  it('warns TAXID_BIRTHDATE_MISMATCH against the card birth date', () => {
    expect(found(check({ birthDate: '1948-02-27' }))).toEqual(['TAXID_BIRTHDATE_MISMATCH taxId']);
  });

  it('warns TAXID_SEX_MISMATCH against the card sex', () => {
    expect(found(check({ sex: 'F' }))).toEqual(['TAXID_SEX_MISMATCH taxId']);
  });

  it('reports DATE_IN_FUTURE for a hiring date after today', () => {
    expect(found(check({ hiredOn: '2025-10-16' }))).toEqual(['DATE_IN_FUTURE hiredOn']);
  });

  it('lets a dismissal date lie ahead', () => {
    expect(check({ dismissedOn: '2026-06-30' })).toEqual([]);
  });

  it('reports DATE_BEFORE for a dismissal before the hiring', () => {
    expect(check({ hiredOn: '2020-09-01', dismissedOn: '2019-06-30' })).toEqual([
      { code: 'DATE_BEFORE', severity: 'error', field: 'dismissedOn', params: { other: 'hiredOn', date: '2020-09-01' } },
    ]);
  });

  it('reports REQUIRED for an empty position', () => {
    expect(found(check({ position: ' ' }))).toEqual(['REQUIRED position']);
  });

  it('reports DATE_INVALID for an impossible dismissal date', () => {
    expect(found(check({ dismissedOn: '2026-06-31' }))).toEqual(['DATE_INVALID dismissedOn']);
  });

  it('reports FORMAT for a malformed phone', () => {
    expect(found(check({ phone: '066-12' }))).toEqual(['FORMAT phone']);
  });

  it('unifies an apostrophe in a name without a warning', () => {
    expect(found(check({ firstName: "Мар'ян" }))).toEqual([]);
  });
});
