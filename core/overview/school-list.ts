import type { OverviewSort, OverviewView, SchoolOverview } from './overview';
import type { SchoolStatus } from './school-status';

/**
 * A school's status at a glance: its worst card (error, then warning, then pending), `verified` when every card is,
 * `never` when it has not synced a card.
 */
export function schoolStatus(school: SchoolOverview): SchoolStatus {
  const { cards } = school;
  if (cards.total === 0) return 'never';
  if (cards.error > 0) return 'error';
  if (cards.warning > 0) return 'warning';
  if (cards.pending > 0) return 'pending';
  return 'verified';
}

/** Verified cards out of all, 0–1; null for a school without cards. */
export function verifiedShare(school: SchoolOverview): number | null {
  return school.cards.total === 0 ? null : school.cards.verified / school.cards.total;
}

function sortKey(school: SchoolOverview, sort: OverviewSort): string | number | null {
  switch (sort) {
    case 'code':
      return school.code;
    case 'name':
      return school.name;
    case 'district':
      return school.district?.name ?? null;
    case 'lastSyncAt':
      return school.lastSyncAt;
    case 'students':
      return school.students;
    case 'staff':
      return school.staff;
    case 'total':
      return school.cards.total;
    case 'verifiedShare':
      return verifiedShare(school);
    case 'error':
    case 'warning':
    case 'pending':
      return school.cards[sort];
  }
}

const collator = new Intl.Collator('uk', { numeric: true, sensitivity: 'base' });

function compareKeys(a: string | number | null, b: string | number | null): number {
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  return collator.compare(String(a), String(b));
}

/** The schools the view's search, district and status let through, in its order; schools lacking the key go last. */
export function schoolsInView(schools: readonly SchoolOverview[], view: OverviewView): SchoolOverview[] {
  const q = view.q.trim().toLocaleLowerCase('uk');
  const shown = schools.filter(
    (s) =>
      (q === '' || s.code.toLocaleLowerCase('uk').includes(q) || s.name.toLocaleLowerCase('uk').includes(q)) &&
      (view.district === '' || (s.district?.code ?? '') === view.district) &&
      (view.status === '' || schoolStatus(s) === view.status),
  );
  const sign = view.dir === 'asc' ? 1 : -1;
  return shown.sort((a, b) => {
    const ka = sortKey(a, view.sort);
    const kb = sortKey(b, view.sort);
    if (ka === null || kb === null) return ka === kb ? collator.compare(a.code, b.code) : ka === null ? 1 : -1;
    return sign * compareKeys(ka, kb) || collator.compare(a.code, b.code);
  });
}
