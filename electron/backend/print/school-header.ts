import type { School } from '../../../core/schemas/school';
import type { PdfWriter } from './pdf-writer';

/** The top of every printout: the school's name, code and address, as official school documents carry them. */
export function writeSchoolHeader(pdf: PdfWriter, school: School): void {
  pdf.text(school.name, { size: 12, bold: true, align: 'center' });
  const address = [school.address.postalCode, school.address.settlement, school.address.street, school.address.house].filter(Boolean).join(', ');
  pdf.text([`Код ЄДРПОУ ${school.code}`, address].filter(Boolean).join(' · '), { size: 9, align: 'center' });
  pdf.gap(14);
}
