import type Database from 'better-sqlite3';
import type { OrderKind } from '../../../core/academic/order';
import { gradeOfLabel } from '../../../core/academic/school-class';
import type { DocumentBlock } from '../../../core/archive/document-content';
import type { OrderItemView, OrderView } from '../../../core/api/orders-api';
import { displayDate } from '../../../core/rules/calendar';
import { orderView } from '../orders/order-service';
import { requireSchool } from '../school/school-service';
import { basisText, type ClassOrderKind, itemBasis, officeDocumentText, type OfficeDocumentText } from './office-document-text';
import type { DocumentDraft } from './printout';
import { byName, directorSignature, documentLanguage, documentOf, schoolHeader } from './school-header';

/** Orders of these kinds move whole classes alike: a long one is printed class by class, the names in columns. */
const compactKinds = ['enroll', 'promote', 'repeat', 'graduate'] as const satisfies readonly ClassOrderKind[];

const isCompactKind = (kind: OrderKind): kind is ClassOrderKind => (compactKinds as readonly OrderKind[]).includes(kind);
const compactFrom = 20;
const namesPerRow = 2;

/** The class an item is listed under: where the student comes from, or for an admission where they go. */
const classOf = (item: OrderItemView) => item.fromClass ?? item.toClass ?? '';

function byClassThenName(a: OrderItemView, b: OrderItemView): number {
  const [ca, cb] = [classOf(a), classOf(b)];
  return (gradeOfLabel(ca) ?? 0) - (gradeOfLabel(cb) ?? 0) || byName(ca, cb) || byName(a.studentName, b.studentName);
}

/** One class's students of a long order: what is ordered for them, then their names numbered in columns. */
function classGroupBlocks(words: OfficeDocumentText, kind: ClassOrderKind, items: readonly OrderItemView[], firstNumber: number): DocumentBlock[] {
  const [first] = items;
  if (!first) return [];
  const rows: string[][] = [];
  for (let i = 0; i < items.length; i += namesPerRow) {
    rows.push(items.slice(i, i + namesPerRow).map((item, j) => `${firstNumber + i + j}. ${item.studentName}`));
  }
  return [
    { type: 'gap', points: 6 },
    { type: 'text', text: `${words.classOrder[kind](first.fromClass ?? '—', first.toClass ?? '—')} (${items.length}):`, bold: true, size: 10 },
    {
      type: 'table',
      size: 8.5,
      dense: true,
      columns: Array.from({ length: namesPerRow }, () => ({ header: words.numberedName, width: 1 / namesPerRow })),
      rows,
    },
  ];
}

function compactBody(words: OfficeDocumentText, kind: ClassOrderKind, items: readonly OrderItemView[]): DocumentBlock[] {
  const groups = new Map<string, OrderItemView[]>();
  for (const item of items) {
    const key = `${classOf(item)}→${item.toClass ?? ''}`;
    groups.set(key, [...(groups.get(key) ?? []), item]);
  }
  let number = 1;
  const blocks = [...groups.values()].flatMap((group) => {
    const made = classGroupBlocks(words, kind, group, number);
    number += group.length;
    return made;
  });
  return [...blocks, { type: 'gap', points: 6 }, { type: 'text', text: words.total(items.length), bold: true }];
}

function tableBody(words: OfficeDocumentText, order: OrderView, items: readonly OrderItemView[]): DocumentBlock[] {
  return [
    {
      type: 'table',
      columns: [
        { header: words.number, width: 0.07 },
        { header: words.student, width: 0.35 },
        { header: words.fromClass, width: 0.12 },
        { header: words.toClass, width: 0.12 },
        { header: words.basis, width: 0.34 },
      ],
      rows: items.map((item, i) => [String(i + 1), item.studentName, item.fromClass ?? '—', item.toClass ?? '—', itemBasis(words, item, order.basis)]),
    },
  ];
}

function revocationBody(words: OfficeDocumentText, order: OrderView, items: readonly OrderItemView[]): DocumentBlock[] {
  return [
    { type: 'text', text: words.revocation(words.revokedOrder(order.revokes)) },
    { type: 'gap', points: 4 },
    { type: 'table', columns: [{ header: words.number, width: 0.08 }, { header: words.student, width: 0.92 }], rows: items.map((item, i) => [String(i + 1), item.studentName]) },
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
  const words = officeDocumentText[documentLanguage(school)];
  const title = words.orderTitle(order.number, displayDate(order.date));
  const items = [...order.items].sort(byClassThenName);
  const compactKind = isCompactKind(order.kind) && items.length > compactFrom ? order.kind : null;
  const compact = compactKind !== null;
  const body = order.kind === 'revoke' ? revocationBody(words, order, items) : compactKind ? compactBody(words, compactKind, items) : tableBody(words, order, items);
  const basisLine: DocumentBlock[] =
    compact || order.kind === 'revoke' ? [{ type: 'gap', points: 6 }, { type: 'text', text: words.basisLine(order.basis ? basisText(words, order.basis) : '—') }] : [];
  const content = documentOf(school, 'order', title, [
    ...schoolHeader(school),
    { type: 'text', text: words.orderHeading, size: 14, bold: true, align: 'center' },
    { type: 'text', text: `${displayDate(order.date)}${' '.repeat(10)}№ ${order.number}`, align: 'center' },
    { type: 'gap', points: 8 },
    { type: 'text', text: words.orderSubjects[order.kind], bold: true },
    { type: 'gap', points: 6 },
    { type: 'text', text: words.orderFormula, bold: true },
    { type: 'gap', points: 4 },
    ...body,
    ...basisLine,
    directorSignature(school),
  ]);
  return { content, fileName: `наказ-${order.academicYear.replace('/', '-')}-${order.number}.pdf` };
}
