import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MethodOutput } from '../../../../../core/api/contract';
import { api } from '../../../api/api';
import { CallError } from '../../../api/client';
import { showDate, todayIso } from '../../../format/dates';
import { useNavigation } from '../../../state/navigation-store';
import { PrintButton } from '../../../components/PrintButton';
import { downloadWorkbook } from '../../sync/report-export';
import { visibleMembers } from './class-members';
import '../../../styles/academic.css';

type Detail = MethodOutput<'classes.get'>;

/** A class page: who is in it now and who was, with dates; counts by sex and age; the list as Excel. */
export function ClassPage({ id }: { id: string }) {
  const { t } = useTranslation();
  const navigate = useNavigation((s) => s.navigate);
  const [detail, setDetail] = useState<Detail | null>(null);
  const [error, setError] = useState<CallError | null>(null);
  const [showPast, setShowPast] = useState(false);
  const [exporting, setExporting] = useState(false);
  const [exportFailed, setExportFailed] = useState(false);

  useEffect(() => {
    let live = true;
    api.call('classes.get', { id }).then(
      (r) => live && setDetail(r),
      (err: unknown) => live && setError(err instanceof CallError ? err : new CallError('INTERNAL')),
    );
    return () => {
      live = false;
    };
  }, [id]);

  const members = detail ? visibleMembers(detail.members, showPast) : [];
  const label = detail?.class.label ?? '';

  const exportList = async () => {
    setExporting(true);
    setExportFailed(false);
    try {
      const c = t;
      const header = [c('academic.common.number'), c('academic.common.name'), c('academic.common.birthDate'), c('academic.common.sex'), c('academic.classPage.from'), c('academic.classPage.to'), c('academic.classPage.reason')];
      const rows = members.map((m, i) => [
        String(i + 1),
        m.name,
        showDate(m.birthDate),
        m.sex ? t(`enums.sex.${m.sex}`) : '',
        showDate(m.from),
        m.to ? showDate(m.to) : '',
        m.reason ? t(`academic.classPage.reasons.${m.reason}`) : '',
      ]);
      await downloadWorkbook(`${t('academic.classPage.fileName', { label })}-${todayIso()}.xlsx`, t('academic.classPage.sheet', { label }), header, rows);
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
      {error && (
        <div className="banner banner--error" role="alert">
          {t(`errors.${error.code}`, error.params ?? {})}
        </div>
      )}
      {!detail && !error && <p className="muted">{t('academic.common.loading')}</p>}
      {detail && (
        <>
          <div className="ac-head">
            <h1 className="page-title">{t('academic.classPage.title', { label })}</h1>
            <PrintButton request={() => api.call('print.classList', { id })} testId="class-print" />
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
          <section className="panel ac-counts" aria-labelledby="class-counts-title" data-testid="class-counts">
            <h2 id="class-counts-title" className="panel__title">
              {t('academic.classPage.countsTitle')}
            </h2>
            <dl className="ac-counts__list">
              <div>
                <dt>{t('academic.classPage.total')}</dt>
                <dd data-count="total">{detail.counts.total}</dd>
              </div>
              <div>
                <dt>{t('academic.classPage.boys')}</dt>
                <dd data-count="M">{detail.counts.bySex.M}</dd>
              </div>
              <div>
                <dt>{t('academic.classPage.girls')}</dt>
                <dd data-count="F">{detail.counts.bySex.F}</dd>
              </div>
              {detail.counts.bySex.unknown > 0 && (
                <div>
                  <dt>{t('academic.classPage.sexUnknown')}</dt>
                  <dd>{detail.counts.bySex.unknown}</dd>
                </div>
              )}
            </dl>
            <p className="ac-counts__ages">
              <span className="field__label">{t('academic.classPage.byAge')}: </span>
              {detail.counts.byAge
                .map((a) => `${a.age === null ? t('academic.classPage.ageUnknown') : t('academic.classPage.age', { age: a.age })} — ${a.count}`)
                .join('; ')}
            </p>
          </section>
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
            <table className="data-table" aria-label={t('academic.classPage.membersLabel', { label })} data-testid="class-members">
              <thead>
                <tr>
                  <th scope="col" className="data-table__num">
                    {t('academic.common.number')}
                  </th>
                  <th scope="col">{t('academic.common.name')}</th>
                  <th scope="col">{t('academic.common.birthDate')}</th>
                  <th scope="col">{t('academic.common.sex')}</th>
                  <th scope="col">{t('academic.classPage.from')}</th>
                  <th scope="col">{t('academic.classPage.to')}</th>
                  <th scope="col">{t('academic.classPage.reason')}</th>
                </tr>
              </thead>
              <tbody>
                {members.map((m, i) => (
                  <tr key={m.enrollmentId} data-student-id={m.studentId} className={m.current ? undefined : 'data-table__row--past'}>
                    <td className="data-table__num">{i + 1}</td>
                    <th scope="row" className="data-table__name">
                      <button type="button" className="ac-link" onClick={() => navigate({ screen: 'student', id: m.studentId })}>
                        {m.name}
                      </button>
                    </th>
                    <td>{showDate(m.birthDate)}</td>
                    <td>{m.sex ? t(`enums.sex.${m.sex}`) : t('common.empty')}</td>
                    <td>{showDate(m.from)}</td>
                    <td>{m.to ? showDate(m.to) : t('common.empty')}</td>
                    <td>{m.reason ? t(`academic.classPage.reasons.${m.reason}`) : t('common.empty')}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </>
      )}
    </div>
  );
}
