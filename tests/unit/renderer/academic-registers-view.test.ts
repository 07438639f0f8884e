import { describe, expect, it } from 'vitest';
import type { AlphabetBookEntry } from '../../../core/api/academic-api';
import type { ClassMember } from '../../../core/api/classes-api';
import { filterEntries, lettersOf } from '../../../renderer/src/screens/academic/alphabet/alphabet-view';
import { visibleMembers } from '../../../renderer/src/screens/academic/classes/class-members';

const uuid = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;

function member(n: number, name: string, to: string | null): ClassMember {
  return { enrollmentId: uuid(n), studentId: uuid(100 + n), name, birthDate: '2015-01-01', sex: 'F', from: '2025-09-01', to, reason: 'admitted', orderId: null, current: to === null };
}

describe('the members a class page shows', () => {
  const members = [member(1, 'Шевченко', null), member(2, 'Андрієнко', null), member(3, 'Бондар', '2026-01-10'), member(4, 'Коваль', '2026-03-01')];

  it('are those in the class now, by name', () => {
    expect(visibleMembers(members, false).map((m) => m.name)).toEqual(['Андрієнко', 'Шевченко']);
  });

  it('add those who left, latest first, when asked', () => {
    expect(visibleMembers(members, true).map((m) => m.name)).toEqual(['Андрієнко', 'Шевченко', 'Коваль', 'Бондар']);
  });
});

describe('the alphabet book', () => {
  const entry = (letter: string, number: number, name: string): AlphabetBookEntry => ({
    letter,
    number,
    personalFileNumber: `${letter}/${number}`,
    studentId: uuid(number),
    name,
    birthDate: '2015-01-01',
    issuedOn: '2025-09-01',
    enrolledOn: '2025-09-01',
    leftOn: null,
  });
  const entries = [entry('В', 1, 'Власенко Ярослав'), entry('В', 2, 'Вишневська Мирослава'), entry('О', 1, 'Обʼєдкова Анна')];

  it('has the letters it holds entries under', () => {
    expect(lettersOf(entries)).toEqual(['В', 'О']);
  });

  it('shows one letter', () => {
    expect(filterEntries(entries, 'О', '').map((e) => e.personalFileNumber)).toEqual(['О/1']);
  });

  it('finds a file number or a name with any apostrophe', () => {
    expect(filterEntries(entries, null, 'в/2').map((e) => e.name)).toEqual(['Вишневська Мирослава']);
    expect(filterEntries(entries, null, "об'єд").map((e) => e.name)).toEqual(['Обʼєдкова Анна']);
  });
});
