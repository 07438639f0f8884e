import type { ReportCard } from '../../../../core/api/sync-api';
import { utcDate } from '../../../../core/rules/calendar';
import type { CardStatus } from '../../../../core/sync/card-report';
import type { Issue } from '../../../../core/schemas/issue';

/** `attention`: every card the secretary still has to look at, i.e. all but the verified ones. */
export const reportFilters = ['attention', 'error', 'warning', 'pending', 'verified'] as const;
export type ReportFilter = (typeof reportFilters)[number];

function matchesFilter(card: ReportCard, filter: ReportFilter): boolean {
  return filter === 'attention' ? card.status !== 'verified' : card.status === filter;
}

/** Lower case with apostrophes of every kind made one, so «Мар'яна» finds «Мар’яна». */
export function searchKey(text: string): string {
  return text.toLocaleLowerCase('uk').replace(/[’ʼ`']/g, "'").replace(/\s+/g, ' ').trim();
}

/**
 * The report cards the table shows: those of the chosen status whose name, class or position, or the text of one of
 * whose issues contains every word of the search.
 */
export function visibleCards(cards: readonly ReportCard[], filter: ReportFilter, search: string, issueText: (issue: Issue) => string): ReportCard[] {
  const words = searchKey(search).split(' ').filter(Boolean);
  return cards.filter((card) => {
    if (!matchesFilter(card, filter)) return false;
    if (words.length === 0) return true;
    const haystack = searchKey([card.name, card.detail ?? '', ...card.issues.map(issueText)].join(' '));
    return words.every((w) => haystack.includes(w));
  });
}

/** How many report cards each filter shows. */
export function filterCounts(cards: readonly ReportCard[]): Record<ReportFilter, number> {
  const counts: Record<ReportFilter, number> = { attention: 0, error: 0, warning: 0, pending: 0, verified: 0 };
  for (const card of cards) {
    counts[card.status] += 1;
    if (card.status !== 'verified') counts.attention += 1;
  }
  return counts;
}

/** Errors before warnings, each in the server's order. */
export function orderedIssues(issues: readonly Issue[]): Issue[] {
  return [...issues.filter((i) => i.severity === 'error'), ...issues.filter((i) => i.severity !== 'error')];
}

export interface ExportText {
  status(status: CardStatus): string;
  field(path: string): string;
  problem(issue: Issue): string;
  sex(code: string): string;
}

/** A spreadsheet cell: a date is written as a date (formatted as the screen shows it), not as text. */
export type ExportCell = string | Date;

function registryCell(issue: Issue, text: ExportText): ExportCell {
  const value = issue.registryValue ?? '';
  if (issue.field === 'sex') return text.sex(value);
  return (issue.field === 'birthDate' && utcDate(value)) || value;
}

/** The report as spreadsheet rows — ПІБ, Клас, Стан, Поле, Проблема, Значення в реєстрі — one row per issue. */
export function exportRows(cards: readonly ReportCard[], text: ExportText): ExportCell[][] {
  return cards.flatMap((card) => {
    const head = [card.name, card.detail ?? '', text.status(card.status)];
    if (card.issues.length === 0) return [[...head, '', '', '']];
    return orderedIssues(card.issues).map((issue) => [
      ...head,
      issue.field === undefined ? '' : text.field(issue.field),
      text.problem(issue),
      registryCell(issue, text),
    ]);
  });
}
