import type Database from 'better-sqlite3';
import type { OrderBasis, OrderKind, WithdrawalReason } from '../../../core/academic/order';
import { gradeOfLabel } from '../../../core/academic/school-class';
import type { DocumentBlock } from '../../../core/archive/document-content';
import type { OrderItemView, OrderView } from '../../../core/api/orders-api';
import { displayDate } from '../../../core/rules/calendar';
import { orderView } from '../orders/order-service';
import { requireSchool } from '../school/school-service';
import type { DocumentDraft } from './printout';
import { byName, directorSignature, documentOf, schoolHeader } from './school-header';

/** Printouts are official documents of a Ukrainian school and are written in Ukrainian whatever the UI language. */
export const orderSubjects: Record<OrderKind, string> = {
  enroll: 'Про зарахування учнів',
  transfer: 'Про переведення учнів до іншого класу',
  withdraw: 'Про вибуття учнів',
  graduate: 'Про випуск учнів',
  promote: 'Про переведення учнів до наступного класу',
  repeat: 'Про залишення учнів на повторне навчання',
  revoke: 'Про скасування наказу',
};

export const withdrawalReasons: Record<WithdrawalReason, string> = {
  completed_education: 'завершення здобуття освіти',
  enrolled_elsewhere: 'зарахування до іншого закладу освіти',
  transferred: 'переведення',
  moved_abroad: 'виїзд за кордон',
  other: 'інше',
};

/** The basis of an order as it is written in the order: «рішення педагогічної ради (протокол від 29.05.2026 № 7)». */
export function basisText(basis: OrderBasis): string {
  switch (basis.kind) {
    case 'council_decision':
      return `рішення педагогічної ради (протокол від ${displayDate(basis.date)} № ${basis.protocolNumber})`;
    case 'parents_application':
      return `заява батьків від ${displayDate(basis.date)}`;
    case 'student_application':
      return `заява учня від ${displayDate(basis.date)}`;
    case 'other':
      return basis.text;
  }
}

/** The basis of one item as the order states it: the reason, for a leaver the school they go to, and the order's basis. */
export function itemBasis(item: { reason: WithdrawalReason | null; destinationSchool?: string | null | undefined }, basis: OrderBasis | null = null): string {
  const reason = [item.reason ? withdrawalReasons[item.reason] : '', item.destinationSchool ?? ''].filter(Boolean).join(': ');
  return [reason, basis ? basisText(basis) : ''].filter(Boolean).join('; ') || '—';
}

/** Orders of these kinds move whole classes alike: a long one is printed class by class, the names in columns. */
const compactKinds = ['enroll', 'promote', 'repeat', 'graduate'] as const satisfies readonly OrderKind[];
type CompactKind = (typeof compactKinds)[number];

/** What such an order orders for one class, before the class's list of students. */
const wording: Record<CompactKind, (from: string, to: string) => string> = {
  enroll: (_from, to) => `Зарахувати до ${to} класу`,
  graduate: (from) => `Випустити учнів ${from} класу у зв’язку із завершенням здобуття освіти`,
  promote: (from, to) => `Перевести учнів ${from} класу до ${to} класу`,
  repeat: (from, to) => `Залишити на повторне навчання в ${to} класі учнів ${from} класу`,
};

const isCompactKind = (kind: OrderKind): kind is CompactKind => (compactKinds as readonly OrderKind[]).includes(kind);
const compactFrom = 20;
const namesPerRow = 2;

/** The class an item is listed under: where the student comes from, or for an admission where they go. */
const classOf = (item: OrderItemView) => item.fromClass ?? item.toClass ?? '';

function byClassThenName(a: OrderItemView, b: OrderItemView): number {
  const [ca, cb] = [classOf(a), classOf(b)];
  return (gradeOfLabel(ca) ?? 0) - (gradeOfLabel(cb) ?? 0) || byName(ca, cb) || byName(a.studentName, b.studentName);
}

/** One class's students of a long order: what is ordered for them, then their names numbered in columns. */
function classGroupBlocks(kind: CompactKind, items: readonly OrderItemView[], firstNumber: number): DocumentBlock[] {
  const [first] = items;
  if (!first) return [];
  const rows: string[][] = [];
  for (let i = 0; i < items.length; i += namesPerRow) {
    rows.push(items.slice(i, i + namesPerRow).map((item, j) => `${firstNumber + i + j}. ${item.studentName}`));
  }
  return [
    { type: 'gap', points: 6 },
    { type: 'text', text: `${wording[kind](first.fromClass ?? '—', first.toClass ?? '—')} (${items.length}):`, bold: true, size: 10 },
    {
      type: 'table',
      size: 8.5,
      dense: true,
      columns: Array.from({ length: namesPerRow }, () => ({ header: '№, прізвище, ім’я, по батькові', width: 1 / namesPerRow })),
      rows,
    },
  ];
}

function compactBody(kind: CompactKind, items: readonly OrderItemView[]): DocumentBlock[] {
  const groups = new Map<string, OrderItemView[]>();
  for (const item of items) {
    const key = `${classOf(item)}→${item.toClass ?? ''}`;
    groups.set(key, [...(groups.get(key) ?? []), item]);
  }
  let number = 1;
  const blocks = [...groups.values()].flatMap((group) => {
    const made = classGroupBlocks(kind, group, number);
    number += group.length;
    return made;
  });
  return [...blocks, { type: 'gap', points: 6 }, { type: 'text', text: `Усього: ${items.length}`, bold: true }];
}

function tableBody(order: OrderView, items: readonly OrderItemView[]): DocumentBlock[] {
  return [
    {
      type: 'table',
      columns: [
        { header: '№', width: 0.07 },
        { header: 'Учень', width: 0.35 },
        { header: 'З класу', width: 0.12 },
        { header: 'До класу', width: 0.12 },
        { header: 'Підстава', width: 0.34 },
      ],
      rows: items.map((item, i) => [String(i + 1), item.studentName, item.fromClass ?? '—', item.toClass ?? '—', itemBasis(item, order.basis)]),
    },
  ];
}

function revocationBody(order: OrderView, items: readonly OrderItemView[]): DocumentBlock[] {
  const revoked = order.revokes ? `наказ № ${order.revokes.number} від ${displayDate(order.revokes.date)}` : 'наказ';
  return [
    { type: 'text', text: `1. Скасувати ${revoked}; рух учнів, визначений ним, вважати таким, що не відбувся.` },
    { type: 'gap', points: 4 },
    { type: 'table', columns: [{ header: '№', width: 0.08 }, { header: 'Учень', width: 0.92 }], rows: items.map((item, i) => [String(i + 1), item.studentName]) },
  ];
}

/**
 * An order (наказ): the school's header, its subject, the students by class and within a class alphabetically, the
 * basis, the director's signature. A long order of whole classes (a promotion of the school) lists each class's names
 * in columns, so 1,900 students take about a score of pages rather than sixty.
 */
export function orderDocument(db: Database.Database, id: string): DocumentDraft {
  const order = orderView(db, id);
  const { school } = requireSchool(db);
  const title = `Наказ № ${order.number} від ${displayDate(order.date)}`;
  const items = [...order.items].sort(byClassThenName);
  const compactKind = isCompactKind(order.kind) && items.length > compactFrom ? order.kind : null;
  const compact = compactKind !== null;
  const body = order.kind === 'revoke' ? revocationBody(order, items) : compactKind ? compactBody(compactKind, items) : tableBody(order, items);
  const basisLine: DocumentBlock[] =
    compact || order.kind === 'revoke' ? [{ type: 'gap', points: 6 }, { type: 'text', text: `Підстава: ${order.basis ? basisText(order.basis) : '—'}` }] : [];
  const content = documentOf(school, 'order', title, [
    ...schoolHeader(school),
    { type: 'text', text: 'НАКАЗ', size: 14, bold: true, align: 'center' },
    { type: 'text', text: `${displayDate(order.date)}${' '.repeat(10)}№ ${order.number}`, align: 'center' },
    { type: 'gap', points: 8 },
    { type: 'text', text: orderSubjects[order.kind], bold: true },
    { type: 'gap', points: 6 },
    { type: 'text', text: 'НАКАЗУЮ:', bold: true },
    { type: 'gap', points: 4 },
    ...body,
    ...basisLine,
    directorSignature(school),
  ]);
  return { content, fileName: `наказ-${order.academicYear.replace('/', '-')}-${order.number}.pdf` };
}
