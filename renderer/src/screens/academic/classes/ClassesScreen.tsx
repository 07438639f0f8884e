import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ClassView } from '../../../../../core/api/classes-api';
import { api } from '../../../api/api';
import { CallError } from '../../../api/client';
import { useNavigation } from '../../../state/navigation-store';
import { useAcademicYears } from '../use-academic-years';
import { YearSwitcher } from '../YearSwitcher';
import { academicYearOf, nextAcademicYear } from '../../../../../core/academic/academic-year';
import { todayIso } from '../../../format/dates';
import { ClassDialog } from './ClassDialog';
import { NewYearDialog } from './NewYearDialog';
import '../../../styles/academic.css';

/** The classes of one academic year (the current one unless asked), with their teachers and sizes today. */
export function ClassesScreen({ yearId }: { yearId?: string | undefined }) {
  const { t } = useTranslation();
  const navigate = useNavigation((s) => s.navigate);
  const [yearsRead, setYearsRead] = useState(0);
  const years = useAcademicYears(yearsRead);
  const [creatingYear, setCreatingYear] = useState(false);
  const [chosen, setChosen] = useState<string | null>(yearId ?? null);
  const [classes, setClasses] = useState<ClassView[] | null>(null);
  const [error, setError] = useState<CallError | null>(null);
  const [dialog, setDialog] = useState<{ editing: ClassView | null } | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const year = years?.find((y) => y.id === chosen) ?? years?.find((y) => y.current) ?? years?.at(-1) ?? null;

  const load = useCallback(() => {
    if (!year) return;
    api.call('classes.ofYear', { academicYearId: year.id }).then(
      (r) => (setClasses(r.classes), setError(null)),
      (err: unknown) => setError(err instanceof CallError ? err : new CallError('INTERNAL')),
    );
  }, [year]);
  useEffect(load, [load]);

  const students = classes?.reduce((sum, c) => sum + c.studentCount, 0) ?? 0;

  return (
    <div className="page-pad ac-page" data-testid="classes-screen">
      <div className="ac-head">
        <h1 className="page-title">{t('academic.classes.title')}</h1>
        <div className="ac-toolbar">
          <button type="button" className="button" onClick={() => setCreatingYear(true)} disabled={!years} data-testid="new-year">
            {t('academic.classes.newYear.open')}
          </button>
          <button type="button" className="button" onClick={() => navigate({ screen: 'alphabetBook' })} data-testid="open-alphabet-book">
            {t('academic.classes.alphabetBook')}
          </button>
          <button type="button" className="button button--primary" disabled={!year} onClick={() => setDialog({ editing: null })} data-testid="new-class">
            {t('academic.classes.newClass')}
          </button>
        </div>
      </div>
      <p className="muted ac-intro">{t('academic.classes.intro')}</p>
      {creatingYear && years && (
        <NewYearDialog
          suggested={years.length > 0 ? nextAcademicYear(years[years.length - 1]?.label ?? '').label : academicYearOf(todayIso()).label}
          onCancel={() => setCreatingYear(false)}
          onCreated={(id) => {
            setCreatingYear(false);
            setChosen(id);
            setClasses(null);
            setYearsRead((n) => n + 1);
          }}
        />
      )}
      {years && years.length > 0 && year && (
        <div className="ac-toolbar">
          <YearSwitcher years={years} value={year.id} onChange={(id) => (setChosen(id), setClasses(null))} />
          {classes && (
            <span className="muted" role="status" data-testid="classes-total">
              {t('academic.classes.total', { classes: classes.length, students })}
            </span>
          )}
        </div>
      )}
      {error && (
        <div className="banner banner--error" role="alert">
          {t(`errors.${error.code}`, error.params ?? {})}
        </div>
      )}
      {saved && (
        <div className="banner banner--success" role="status">
          {saved}
        </div>
      )}
      {!classes ? (
        <p className="muted">{t('academic.common.loading')}</p>
      ) : classes.length === 0 ? (
        <p className="muted">{t('academic.classes.empty')}</p>
      ) : (
        <table className="data-table" aria-label={t('academic.classes.tableLabel')} data-testid="classes-table">
          <thead>
            <tr>
              <th scope="col">{t('academic.common.class')}</th>
              <th scope="col">{t('academic.classes.homeroomTeacher')}</th>
              <th scope="col" className="data-table__count">
                {t('academic.classes.students')}
              </th>
              <th scope="col">
                <span className="visually-hidden">{t('academic.classes.edit')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {classes.map((c) => (
              <tr key={c.id} data-class-id={c.id} data-class={c.label}>
                <th scope="row">
                  <button type="button" className="ac-link" onClick={() => navigate({ screen: 'class', id: c.id })}>
                    {c.label}
                  </button>
                </th>
                <td>{c.homeroomTeacherName ?? <span className="muted">{t('academic.classes.noTeacher')}</span>}</td>
                <td className="data-table__count">{c.studentCount}</td>
                <td className="data-table__actions">
                  <button
                    type="button"
                    className="button button--small"
                    aria-label={t('academic.classes.editLabel', { label: c.label })}
                    onClick={() => setDialog({ editing: c })}
                  >
                    {t('academic.classes.edit')}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {dialog && year && (
        <ClassDialog
          year={year}
          editing={dialog.editing}
          onCancel={() => setDialog(null)}
          onSaved={(label) => {
            setSaved(dialog.editing ? t('academic.classes.dialog.saved') : t('academic.classes.dialog.created', { label }));
            setDialog(null);
            load();
          }}
        />
      )}
    </div>
  );
}
