import type Database from 'better-sqlite3';
import { displayDate } from '../../../core/rules/calendar';
import { requireAcademicYear } from '../classes/academic-years';
import { itemViews, listStoredOrders } from '../orders/order-repository';
import { requireSchool } from '../school/school-service';
import { itemBasis, officeDocumentText } from './office-document-text';
import type { DocumentDraft } from './printout';
import { byName, directorSignature, documentLanguage, documentOf, schoolHeader } from './school-header';

/**
 * The orders register of an academic year (книга наказів з руху учнів): every order by date and number, one ruled row
 * per student it moves (alphabetical within the order), so a long year-end order continues across pages like any
 * other row. The order's number, date and subject are on each of its rows: a page then reads on its own.
 */
export function ordersRegisterDocument(db: Database.Database, academicYearId: string): DocumentDraft {
  const year = requireAcademicYear(db, academicYearId);
  const { school } = requireSchool(db);
  const words = officeDocumentText[documentLanguage(school)];
  const orders = listStoredOrders(db, { academicYear: year.label }).sort((a, b) => a.date.localeCompare(b.date) || a.number - b.number);
  const items = itemViews(db, null);
  const rows = orders.flatMap((order) => {
    const head = [String(order.number), displayDate(order.date), words.orderSubjects[order.kind]];
    const students = [...(items.get(order.id) ?? [])].sort((a, b) => byName(a.studentName, b.studentName));
    if (students.length === 0) return [[...head, '—', '—', '—']];
    return students.map((item) => [...head, item.studentName, `${item.fromClass ?? '—'} → ${item.toClass ?? '—'}`, itemBasis(words, item, order.basis)]);
  });
  const title = words.registerTitle(year.label);
  const content = documentOf(school, 'orders-register', title, [
    ...schoolHeader(school),
    { type: 'text', text: title, size: 13, bold: true, align: 'center' },
    { type: 'text', text: words.registerSpan(displayDate(year.start), displayDate(year.end), orders.length), align: 'center' },
    { type: 'gap', points: 8 },
    {
      type: 'table',
      columns: [
        { header: words.orderNumber, width: 0.09 },
        { header: words.date, width: 0.12 },
        { header: words.contents, width: 0.2 },
        { header: words.student, width: 0.25 },
        { header: words.fromToClass, width: 0.14 },
        { header: words.basis, width: 0.2 },
      ],
      rows,
      size: 8.5,
    },
    directorSignature(school),
  ]);
  return { content, fileName: `книга-наказів-${year.label.replace('/', '-')}.pdf` };
}
