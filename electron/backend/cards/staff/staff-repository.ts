import type Database from 'better-sqlite3';
import type { StaffRow } from '../../../../core/api/cards-api';
import type { MethodParsedInput } from '../../../../core/api/contract';
import type { Issue } from '../../../../core/schemas/issue';
import type { StaffCard } from '../../../../core/schemas/staff';
import { prepared } from '../../db/prepared';
import { nameSortKey } from '../../text/alphabetical-order';
import { searchFold, searchTerms } from '../../text/search-fold';
import { checkColumns } from '../card-store';

function columns(card: StaffCard, issues: Issue[]) {
  const middleName = card.middleName ?? '';
  return {
    data: JSON.stringify(card),
    last_name: card.lastName,
    first_name: card.firstName,
    middle_name: middleName,
    birth_date: card.birthDate,
    name_sort: nameSortKey(card.lastName, card.firstName, middleName),
    search_text: searchFold([card.lastName, card.firstName, middleName, card.taxId ?? '', card.pin ?? ''].filter(Boolean).join(' ')),
    position: card.position,
    tax_id: card.taxId ?? '',
    ...checkColumns(issues),
  };
}

export function insertStaff(db: Database.Database, id: string, card: StaffCard, issues: Issue[], at: Date, userId: string): void {
  prepared(
    db,
    `INSERT INTO staff (id, data, last_name, first_name, middle_name, birth_date, name_sort, search_text, position, tax_id,
       status, issues, error_count, warning_count, version, change_count, updated_at, updated_by)
     VALUES (@id, @data, @last_name, @first_name, @middle_name, @birth_date, @name_sort, @search_text, @position, @tax_id,
       @status, @issues, @error_count, @warning_count, 1, 1, @updated_at, @updated_by)`,
  ).run({ id, ...columns(card, issues), updated_at: at.toISOString(), updated_by: userId });
}

export function updateStaff(db: Database.Database, id: string, card: StaffCard, issues: Issue[], at: Date, userId: string): void {
  prepared(
    db,
    `UPDATE staff SET data = @data, last_name = @last_name, first_name = @first_name, middle_name = @middle_name,
       birth_date = @birth_date, name_sort = @name_sort, search_text = @search_text, position = @position, tax_id = @tax_id,
       status = @status, issues = @issues, error_count = @error_count, warning_count = @warning_count,
       version = version + 1, change_count = change_count + 1, updated_at = @updated_at, updated_by = @updated_by
     WHERE id = @id`,
  ).run({ id, ...columns(card, issues), updated_at: at.toISOString(), updated_by: userId });
}

type ListFilter = MethodParsedInput<'staff.list'>;

/** ORDER BY for a sort and direction; ties by name. Staff have no class: that sort falls back to position. */
function orderBy(sort: ListFilter['sort'], direction: 'ASC' | 'DESC'): string {
  switch (sort) {
    case 'name':
      return `name_sort ${direction}`;
    case 'birthDate':
      return `birth_date ${direction}, name_sort`;
    case 'class':
      return `position ${direction}, name_sort`;
    case 'status':
      return `CASE status WHEN 'error' THEN 0 WHEN 'warning' THEN 1 ELSE 2 END ${direction}, name_sort`;
  }
}

const registryStatus = "(SELECT r.status FROM card_reports r WHERE r.card_type = 'staff' AND r.card_id = staff.id)";

export function listStaff(db: Database.Database, filter: ListFilter): StaffRow[] {
  const terms = searchTerms(filter.search);
  const where = ['deleted = 0', ...terms.map((_, i) => `instr(search_text, @t${i}) > 0`)];
  if (filter.status !== 'all') where.push('status = @status');
  if (filter.registry !== 'all') where.push(`coalesce(${registryStatus}, 'unchecked') = @registry`);
  const sql = `SELECT id, last_name AS lastName, first_name AS firstName, middle_name AS middleName, birth_date AS birthDate,
      position, tax_id AS taxId, status, error_count AS errorCount, warning_count AS warningCount,
      ${registryStatus} AS registryStatus
    FROM staff WHERE ${where.join(' AND ')}
    ORDER BY ${orderBy(filter.sort, filter.direction === 'desc' ? 'DESC' : 'ASC')}`;
  const params: Record<string, string> = {};
  terms.forEach((term, i) => (params[`t${i}`] = term));
  if (filter.status !== 'all') params.status = filter.status;
  if (filter.registry !== 'all') params.registry = filter.registry;
  return prepared(db, sql).all(params) as StaffRow[];
}
