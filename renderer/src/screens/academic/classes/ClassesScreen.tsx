import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ClassView } from '../../../../../core/api/classes-api';
import { useCall } from '../../../api/use-call';
import { CallErrorBanner } from '../../../components/CallErrorBanner';
import { useNavigation } from '../../../state/navigation-store';
import { useCan } from '../../../state/use-can';
import { useAcademicYears } from '../use-academic-years';
import { YearSwitcher } from '../YearSwitcher';
import { academicYearOf, nextAcademicYear } from '../../../../../core/academic/academic-year';
import { todayIso } from '../../../format/dates';
import { ClassDialog } from './ClassDialog';
import { ClassesTable } from './ClassesTable';
import { NewYearDialog } from './NewYearDialog';
import '../../../styles/academic.css';

/** The classes of one academic year (the current one unless asked), with their teachers and sizes today. */
export function ClassesScreen({ yearId }: { yearId?: string | undefined }) {
  const { t } = useTranslation();
  const navigate = useNavigation((s) => s.navigate);
  const { data: years, error: yearsError, reload: reloadYears } = useAcademicYears();
  const [creatingYear, setCreatingYear] = useState(false);
  const [chosen, setChosen] = useState<string | null>(yearId ?? null);
  const [dialog, setDialog] = useState<{ editing: ClassView | null } | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const year = years?.find((y) => y.id === chosen) ?? years?.find((y) => y.current) ?? years?.at(-1) ?? null;
  const ofYear = useCall('classes.ofYear', year && { academicYearId: year.id }, [year?.id]);
  const classes = ofYear.data?.classes ?? null;
  const canCreateClass = useCan('classes.create');
  const canCreateYear = useCan('academicYears.create');

  const students = classes?.reduce((sum, c) => sum + c.studentCount, 0) ?? 0;

  return (
    <div className="page-pad ac-page" data-testid="classes-screen">
      <div className="ac-head">
        <h1 className="page-title">{t('academic.classes.title')}</h1>
        <div className="ac-toolbar">
          {canCreateYear && (
            <button type="button" className="button" onClick={() => setCreatingYear(true)} disabled={!years} data-testid="new-year">
              {t('academic.classes.newYear.open')}
            </button>
          )}
          <button type="button" className="button" onClick={() => navigate({ screen: 'alphabetBook' })} data-testid="open-alphabet-book">
            {t('academic.classes.alphabetBook')}
          </button>
          {canCreateClass && (
            <button type="button" className="button button--primary" disabled={!year} onClick={() => setDialog({ editing: null })} data-testid="new-class">
              {t('academic.classes.newClass')}
            </button>
          )}
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
            reloadYears();
          }}
        />
      )}
      {years && years.length > 0 && year && (
        <div className="ac-toolbar">
          <YearSwitcher years={years} value={year.id} onChange={setChosen} />
          {classes && (
            <span className="muted" role="status" data-testid="classes-total">
              {t('academic.classes.total', { classes: classes.length, students })}
            </span>
          )}
        </div>
      )}
      {yearsError && <CallErrorBanner error={yearsError} onRetry={reloadYears} />}
      {ofYear.error && <CallErrorBanner error={ofYear.error} onRetry={ofYear.reload} />}
      {saved && (
        <div className="banner banner--success" role="status">
          {saved}
        </div>
      )}
      {!classes ? (
        !yearsError && !ofYear.error && <p className="muted">{t('academic.common.loading')}</p>
      ) : classes.length === 0 ? (
        <p className="muted">{t('academic.classes.empty')}</p>
      ) : (
        <ClassesTable classes={classes} onEdit={(c) => setDialog({ editing: c })} />
      )}
      {dialog && year && (
        <ClassDialog
          year={year}
          editing={dialog.editing}
          onCancel={() => setDialog(null)}
          onSaved={(label) => {
            setSaved(dialog.editing ? t('academic.classes.dialog.saved') : t('academic.classes.dialog.created', { label }));
            setDialog(null);
            ofYear.reload();
          }}
        />
      )}
    </div>
  );
}
