import { describe, expect, it } from 'vitest';
import type { ReportCard } from '../../../core/api/sync-api';
import type { Issue } from '../../../core/schemas/issue';
import { exportRows, filterCounts, orderedIssues, visibleCards } from '../../../renderer/src/screens/sync/report-view';

function card(name: string, status: ReportCard['status'], issues: Issue[] = [], detail: string | null = '5-А'): ReportCard {
  return { cardId: name, type: 'student', name, detail, status, checkedAt: '2026-11-23T08:00:00Z', issues };
}

const nameMismatch: Issue = { code: 'REGISTRY_NAME_MISMATCH', severity: 'error', field: 'lastName', registryValue: 'Коваленко' };
const ageWarning: Issue = { code: 'AGE_GRADE_IMPLAUSIBLE', severity: 'warning' };
const text = (issue: Issue) => (issue.code === 'REGISTRY_NAME_MISMATCH' ? 'Прізвище не збігається з реєстром' : 'Незвичний вік для класу');

const cards = [
  card('Коваленко Іван', 'error', [nameMismatch]),
  card('Мар’яна Петренко', 'warning', [ageWarning], '1-Б'),
  card('Шевчук Олег', 'verified'),
  card('Бондар Анна', 'pending'),
];

describe('the sync report table', () => {
  it('shows every card but the verified ones when asked for those needing attention', () => {
    expect(visibleCards(cards, 'attention', '', text).map((c) => c.name)).toEqual(['Коваленко Іван', 'Мар’яна Петренко', 'Бондар Анна']);
  });

  it('shows only the cards of one status when filtered by it', () => {
    expect(visibleCards(cards, 'verified', '', text).map((c) => c.name)).toEqual(['Шевчук Олег']);
  });

  it('finds a card by its class', () => {
    expect(visibleCards(cards, 'attention', '1-б', text).map((c) => c.name)).toEqual(['Мар’яна Петренко']);
  });

  it('finds a card by the words of one of its issues', () => {
    expect(visibleCards(cards, 'attention', 'реєстром', text).map((c) => c.name)).toEqual(['Коваленко Іван']);
  });

  it('treats a typed apostrophe and a typographic one as the same', () => {
    expect(visibleCards(cards, 'attention', "мар'яна", text)).toHaveLength(1);
  });

  it('needs every word of the search to match', () => {
    expect(visibleCards(cards, 'attention', 'Коваленко 1-Б', text)).toHaveLength(0);
  });

  it('counts the cards behind each filter badge', () => {
    expect(filterCounts(cards)).toEqual({ attention: 3, error: 1, warning: 1, pending: 1, verified: 1 });
  });

  it('lists a card’s errors before its warnings', () => {
    expect(orderedIssues([ageWarning, nameMismatch]).map((i) => i.code)).toEqual(['REGISTRY_NAME_MISMATCH', 'AGE_GRADE_IMPLAUSIBLE']);
  });
});

describe('the report exported to Excel', () => {
  const exportText = { status: (s: string) => `status:${s}`, field: (p: string) => `field:${p}`, problem: text, sex: (s: string) => `sex:${s}` };

  it('has one row per issue with the registry value in its own column', () => {
    expect(exportRows([cards[0] as ReportCard], exportText)).toEqual([
      ['Коваленко Іван', '5-А', 'status:error', 'field:lastName', 'Прізвище не збігається з реєстром', 'Коваленко'],
    ]);
  });

  it('writes a registry birth date as a real date, not as text', () => {
    const birthDate: Issue = { code: 'REGISTRY_BIRTHDATE_MISMATCH', severity: 'error', field: 'birthDate', registryValue: '2013-05-10' };
    expect(exportRows([card('Коваленко Іван', 'error', [birthDate])], exportText)[0]?.[5]).toEqual(new Date(Date.UTC(2013, 4, 10)));
  });

  it('writes a registry sex in words', () => {
    const sex: Issue = { code: 'REGISTRY_SEX_MISMATCH', severity: 'error', field: 'sex', registryValue: 'F' };
    expect(exportRows([card('Коваленко Іван', 'error', [sex])], exportText)[0]?.[5]).toBe('sex:F');
  });

  it('leaves the field empty for an issue of the whole card', () => {
    expect(exportRows([cards[1] as ReportCard], exportText)[0]?.[3]).toBe('');
  });

  it('keeps a card without issues as one row with its status', () => {
    expect(exportRows([card('Бондар Анна', 'pending', [], null)], exportText)).toEqual([['Бондар Анна', '', 'status:pending', '', '', '']]);
  });
});
