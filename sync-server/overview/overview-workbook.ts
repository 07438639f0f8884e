import ExcelJS from 'exceljs';
import type { OverviewView, SchoolOverview } from '../../core/overview/overview';
import { schoolStatus, schoolsInView, verifiedShare } from '../../core/overview/school-list';
import { dashboardText, type DashboardLanguage } from '../dashboard/dashboard-text';
import type { DashboardTextKey } from '../dashboard/dashboard-uk';

/** The workbook's columns: heading, width, and the cell of a school. */
const columns: readonly { key: DashboardTextKey; width: number; cell: (s: SchoolOverview, lang: DashboardLanguage) => ExcelJS.CellValue }[] = [
  { key: 'code', width: 14, cell: (s) => s.code },
  { key: 'name', width: 40, cell: (s) => s.name },
  { key: 'district', width: 24, cell: (s) => s.district?.name ?? '' },
  { key: 'country', width: 8, cell: (s) => s.country },
  { key: 'lastSync', width: 20, cell: (s) => (s.lastSyncAt ? new Date(s.lastSyncAt) : '') },
  { key: 'students', width: 10, cell: (s) => s.students },
  { key: 'staff', width: 11, cell: (s) => s.staff },
  { key: 'total', width: 10, cell: (s) => s.cards.total },
  { key: 'verifiedShare', width: 12, cell: (s) => verifiedShare(s) ?? '' },
  { key: 'error', width: 10, cell: (s) => s.cards.error },
  { key: 'warning', width: 14, cell: (s) => s.cards.warning },
  { key: 'pending', width: 11, cell: (s) => s.cards.pending },
  { key: 'status', width: 20, cell: (s, lang) => dashboardText(lang, `status.${schoolStatus(s)}`) },
];

/** The overview's schools in the dashboard's view as an .xlsx: one row per school, times in UTC. */
export async function overviewWorkbook(schools: readonly SchoolOverview[], view: OverviewView, lang: DashboardLanguage, now: Date): Promise<ArrayBuffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.created = now;
  const sheet = workbook.addWorksheet(dashboardText(lang, 'sheet'), { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = columns.map((c) => ({ header: c.key === 'lastSync' ? `${dashboardText(lang, c.key)} (UTC)` : dashboardText(lang, c.key), width: c.width }));
  sheet.getRow(1).font = { bold: true };
  for (const school of schoolsInView(schools, view)) sheet.addRow(columns.map((c) => c.cell(school, lang)));
  sheet.getColumn(5).numFmt = 'yyyy-mm-dd hh:mm';
  sheet.getColumn(9).numFmt = '0.0%';
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: columns.length } };
  return workbook.xlsx.writeBuffer();
}
