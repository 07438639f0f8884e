import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../../api/api';
import { useCall } from '../../../api/use-call';
import { CallErrorBanner } from '../../../components/CallErrorBanner';
import { todayIso } from '../../../format/dates';
import { useNavigation } from '../../../state/navigation-store';
import { PrintButton } from '../../../components/PrintButton';
import { downloadTypedWorkbook } from '../../../files/typed-workbook';
import { classListSheet, visibleMembers } from './class-members';
import { ClassCounts } from './ClassCounts';
import { ClassMembersTable } from './ClassMembersTable';
import '../../../styles/academic.css';

/** A class page: who is in it now and who was, with dates; counts by sex and age; the list as Excel. */
export function ClassPage({ id }: { id: string }) {
  const { t } = useTranslation();
  const navigate = useNavigation((s) => s.navigate);
  const { data: detail, error, reload } = useCall('classes.get', { id }, [id]);
  const [showPast, setShowPast] = useState(false);
  const [exporting, setExporting] = useState(false);
  const [exportFailed, setExportFailed] = useState(false);

  const members = detail ? visibleMembers(detail.members, showPast) : [];
  const label = detail?.class.label ?? '';

  const exportList = async () => {
    setExporting(true);
    setExportFailed(false);
    try {
      const { columns, rows } = classListSheet(t, members);
      await downloadTypedWorkbook(`${t('academic.classPage.fileName', { label })}-${todayIso()}.xlsx`, t('academic.classPage.sheet', { label }), columns, rows);
    } catch {
      setExportFailed(true);
    } finally {
      setExporting(false);
    }
  };

  return (
    <div className="page-pad ac-page" data-testid="class-page">
      <button type="button" className="button button--quiet button--small ac-back" onClick={() => navigate({ screen: 'classes', yearId: detail?.class.academicYearId })}>
        ← {t('academic.classPage.back')}
      </button>
      {error && <CallErrorBanner error={error} onRetry={reload} />}
      {!detail && !error && <p className="muted">{t('academic.common.loading')}</p>}
      {detail && (
        <>
          <div className="ac-head">
            <h1 className="page-title">{t('academic.classPage.title', { label })}</h1>
            <PrintButton request={() => api.call('print.classList', { id })} testId="class-print" />
            <PrintButton request={() => api.call('print.classLedger', { classId: id })} testId="class-ledger-print" label={t('academic.classPage.ledger')} />
            <button type="button" className="button" onClick={() => void exportList()} disabled={exporting || members.length === 0} data-testid="class-export">
              {exporting ? t('academic.common.exporting') : t('academic.common.exportExcel')}
            </button>
          </div>
          <p className="muted">
            {t('academic.classPage.year', { year: detail.class.academicYear })} ·{' '}
            {detail.class.homeroomTeacherName ? t('academic.classPage.teacher', { name: detail.class.homeroomTeacherName }) : t('academic.classPage.noTeacher')}
          </p>
          {exportFailed && (
            <div className="banner banner--error" role="alert">
              {t('academic.common.exportFailed')}
            </div>
          )}
          <ClassCounts counts={detail.counts} />
          <div className="ac-head">
            <h2 className="ac-section-title">{t('academic.classPage.membersTitle')}</h2>
            <label className="checkbox">
              <input type="checkbox" checked={showPast} onChange={(e) => setShowPast(e.target.checked)} name="showPast" />
              {t('academic.classPage.showPast')}
            </label>
          </div>
          {members.length === 0 ? (
            <p className="muted">{t('academic.classPage.noMembers')}</p>
          ) : (
            <ClassMembersTable label={label} members={members} />
          )}
        </>
      )}
    </div>
  );
}
