import type { Issue } from '../schemas/issue';
import type { Acknowledgement } from '../schemas/student';

/**
 * A warning the secretary confirmed as right (a rare birth date, an unusual age for the grade) is matched by code and
 * field; it stays a warning (DESIGN §5: `warning` = only warnings, acknowledged or not), and its note travels with the card.
 */
function matches(ack: Acknowledgement, issue: Issue): boolean {
  return ack.code === issue.code && (ack.field ?? '') === (issue.field ?? '');
}

export function acknowledgementOf(acks: readonly Acknowledgement[], issue: Issue): Acknowledgement | undefined {
  return issue.severity === 'warning' ? acks.find((a) => matches(a, issue)) : undefined;
}

/** Errors cannot be acknowledged: they must be fixed for the card to count. */
export function acknowledge(acks: readonly Acknowledgement[], issue: Issue, note: string): Acknowledgement[] {
  if (issue.severity !== 'warning') return [...acks];
  const ack: Acknowledgement = issue.field === undefined ? { code: issue.code, note } : { code: issue.code, field: issue.field, note };
  return [...acks.filter((a) => !matches(a, issue)), ack];
}

export function withdrawAcknowledgement(acks: readonly Acknowledgement[], issue: Issue): Acknowledgement[] {
  return acks.filter((a) => !matches(a, issue));
}
