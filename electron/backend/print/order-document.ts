import type Database from 'better-sqlite3';
import type { OrderKind, WithdrawalReason } from '../../../core/academic/order';
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
};

export const withdrawalReasons: Record<WithdrawalReason, string> = {
  completed_education: 'завершення здобуття освіти',
  enrolled_elsewhere: 'зарахування до іншого закладу освіти',
  transferred: 'переведення',
  moved_abroad: 'виїзд за кордон',
  other: 'інше',
};

/** The basis of one item as the order states it: the reason and, for a leaver, the school they go to. */
export function itemBasis(item: { reason: WithdrawalReason | null; destinationSchool?: string | null | undefined }): string {
  return [item.reason ? withdrawalReasons[item.reason] : '', item.destinationSchool ?? ''].filter(Boolean).join(': ') || '—';
}

/** An order (наказ): the school's header, its subject, the items with students in alphabetical order, the director's signature. */
export function orderDocument(db: Database.Database, id: string): DocumentDraft {
  const order = orderView(db, id);
  const { school } = requireSchool(db);
  const title = `Наказ № ${order.number} від ${displayDate(order.date)}`;
  const items = [...order.items].sort((a, b) => byName(a.studentName, b.studentName));
  const content = documentOf(school, 'order', title, [
    ...schoolHeader(school),
    { type: 'text', text: 'НАКАЗ', size: 14, bold: true, align: 'center' },
    { type: 'text', text: `${displayDate(order.date)}${' '.repeat(10)}№ ${order.number}`, align: 'center' },
    { type: 'gap', points: 8 },
    { type: 'text', text: orderSubjects[order.kind], bold: true },
    { type: 'gap', points: 6 },
    { type: 'text', text: 'НАКАЗУЮ:', bold: true },
    { type: 'gap', points: 4 },
    {
      type: 'table',
      columns: [
        { header: '№', width: 0.07 },
        { header: 'Учень', width: 0.35 },
        { header: 'З класу', width: 0.12 },
        { header: 'До класу', width: 0.12 },
        { header: 'Підстава', width: 0.34 },
      ],
      rows: items.map((item, i) => [String(i + 1), item.studentName, item.fromClass ?? '—', item.toClass ?? '—', itemBasis(item)]),
    },
    directorSignature(school),
  ]);
  return { content, fileName: `nakaz-${order.academicYear.replace('/', '-')}-${order.number}.pdf` };
}
