import type Database from 'better-sqlite3';
import type { OrderKind, WithdrawalReason } from '../../../core/academic/order';
import type { Printout } from '../../../core/api/print-api';
import { displayDate } from '../../../core/rules/calendar';
import { orderView } from '../orders/order-service';
import { requireSchool } from '../school/school-service';
import { PdfWriter } from './pdf-writer';
import { writeSchoolHeader } from './school-header';

/** Printouts are official documents of a Ukrainian school and are written in Ukrainian whatever the UI language. */
const subjects: Record<OrderKind, string> = {
  enroll: 'Про зарахування учнів',
  transfer: 'Про переведення учнів до іншого класу',
  withdraw: 'Про вибуття учнів',
  graduate: 'Про випуск учнів',
  promote: 'Про переведення учнів до наступного класу',
};

const reasons: Record<WithdrawalReason, string> = {
  completed_education: 'завершення здобуття освіти',
  enrolled_elsewhere: 'зарахування до іншого закладу освіти',
  transferred: 'переведення',
  moved_abroad: 'виїзд за кордон',
  other: 'інше',
};

export async function orderPdf(db: Database.Database, fontsDir: string, id: string): Promise<Printout> {
  const order = orderView(db, id);
  const { school } = requireSchool(db);
  const title = `Наказ № ${order.number} від ${displayDate(order.date)}`;
  const pdf = await PdfWriter.create(fontsDir, title);
  writeSchoolHeader(pdf, school);
  pdf.text('НАКАЗ', { size: 14, bold: true, align: 'center' });
  pdf.text(`${displayDate(order.date)}${' '.repeat(10)}№ ${order.number}`, { align: 'center' });
  pdf.gap(8);
  pdf.text(subjects[order.kind], { bold: true });
  pdf.gap(6);
  pdf.text('НАКАЗУЮ:', { bold: true });
  pdf.gap(4);
  const rows = order.items.map((item, i) => {
    const basis = [item.reason ? reasons[item.reason] : '', item.destinationSchool ?? ''].filter(Boolean).join(': ');
    return [String(i + 1), item.studentName, item.fromClass ?? '—', item.toClass ?? '—', basis || '—'];
  });
  pdf.table(
    [
      { header: '№', width: 0.07 },
      { header: 'Учень', width: 0.35 },
      { header: 'З класу', width: 0.12 },
      { header: 'До класу', width: 0.12 },
      { header: 'Підстава', width: 0.34 },
    ],
    rows,
  );
  pdf.signature('Директор', school.director || '');
  return { fileName: `nakaz-${order.academicYear.replace('/', '-')}-${order.number}.pdf`, pdfBase64: Buffer.from(await pdf.bytes()).toString('base64') };
}
