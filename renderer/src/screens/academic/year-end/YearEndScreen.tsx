import { useCallback, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MethodOutput } from '../../../../../core/api/contract';
import type { FirstGrader } from '../../../../../core/yearend/year-end-input';
import { lastPeriodEnd } from '../../../../../core/yearend/plan-year-end';
import { useAction } from '../../../api/use-action';
import { useCall } from '../../../api/use-call';
import { CallErrorBanner } from '../../../components/CallErrorBanner';
import { ConfirmDialog } from '../../../components/ConfirmDialog';
import { showDate, storeTypedDate, todayIso } from '../../../format/dates';
import { useProgressStore } from '../../../state/progress-store';
import { BasisFields } from '../orders/BasisFields';
import { basisOf, emptyBasis } from '../orders/order-basis';
import { useAcademicYears } from '../use-academic-years';
import { AlreadyRunNotice } from './AlreadyRunNotice';
import { FirstGradersPanel } from './FirstGradersPanel';
import { OnePcNotice } from './OnePcNotice';
import { useYearEndPreview } from './use-year-end-preview';
import { YearEndClassList } from './YearEndClassList';
import { YearEndPlanSummary } from './YearEndPlanSummary';
import { YearEndProgressBar } from './YearEndProgressBar';
import { YearEndResult } from './YearEndResult';
import { YearEndRuns } from './YearEndRuns';
import { YearEndSettings } from './YearEndSettings';
import type { Choice, FirstGraderDraft } from './year-end-view';
import { choicesForPreview, classGroups, defaultTransitionDate, firstGraderOf, withChoice } from './year-end-view';
import '../../../styles/academic.css';

type Applied = MethodOutput<'yearEnd.apply'>;

/** The first graders the preview can take, and the keys of rows still typed only in part. */
function typedFirstGraders(rows: FirstGraderDraft[]): { valid: FirstGrader[]; incomplete: Set<number> } {
  const valid: FirstGrader[] = [];
  const incomplete = new Set<number>();
  for (const row of rows) {
    const grader = firstGraderOf(row, storeTypedDate);
    if (grader) valid.push(grader);
    else incomplete.add(row.key);
  }
  return { valid, incomplete };
}

/** DESIGN §6: a preview that changes nothing, per-student choices, then one confirmed transaction that can be undone. */
export function YearEndScreen() {
  const { t } = useTranslation();
  const years = useAcademicYears();
  const runs = useCall('yearEnd.runs', {}, []);
  const [closingYear, setClosingYear] = useState<string>('');
  const [dateText, setDateText] = useState('');
  const [choices, setChoices] = useState<Map<string, Choice>>(new Map());
  const [basisDraft, setBasisDraft] = useState(emptyBasis('council_decision'));
  const [tried, setTried] = useState(false);
  const [firstGraders, setFirstGraders] = useState<FirstGraderDraft[]>([]);
  const [confirming, setConfirming] = useState(false);
  const [applied, setApplied] = useState<Applied | null>(null);
  const applying = useAction('yearEnd.apply');

  // The year to close is the current one until the secretary picks another.
  useEffect(() => {
    const current = years.data?.find((y) => y.current) ?? years.data?.at(-1);
    if (current) setClosingYear(current.label);
  }, [years.data]);
  const closing = years.data?.find((y) => y.label === closingYear);
  const periods = useCall('periods.list', closing ? { academicYearId: closing.id } : null, [closing?.id]);
  // The date defaults to the first day the year-end may be dated: the day after the year's last period ends.
  useEffect(() => {
    if (!closing || !periods.data) return;
    setDateText(showDate(defaultTransitionDate(todayIso(), closing, lastPeriodEnd(periods.data.periods, closing.label))));
  }, [closing, periods.data]);

  const date = storeTypedDate(dateText);
  const dateValid = /^\d{4}-\d{2}-\d{2}$/.test(date);
  const typed = useMemo(() => typedFirstGraders(firstGraders), [firstGraders]);
  const basis = basisOf(basisDraft, storeTypedDate);
  const input = useMemo(
    () => ({ closingYear, choices: { date, students: choicesForPreview(choices), firstGraders: typed.valid, ...(basis ? { basis } : {}) } }),
    [closingYear, date, choices, typed.valid, basis],
  );
  const { preview, error: previewError, refreshing, reload: reloadPreview } = useYearEndPreview(closingYear && dateValid ? input : null, applying.running || applied !== null);

  const groups = useMemo(() => (preview ? classGroups(preview.plan, preview.names) : []), [preview]);
  const onChoice = useCallback((studentId: string, choice: Choice | null) => setChoices((c) => withChoice(c, studentId, choice)), []);

  // The orders need their basis: without it the run takes the focus to the basis fields instead.
  const askToRun = () => {
    setTried(true);
    if (basis) setConfirming(true);
    else document.querySelector<HTMLElement>('[data-testid=order-basis] select')?.focus();
  };

  const apply = async () => {
    setConfirming(false);
    useProgressStore.getState().clear('yearEnd.apply');
    const result = await applying.run(input);
    if (!result) return;
    setApplied(result);
    runs.reload();
    years.reload();
  };

  // The undone year is gone: the year list (and the year switchers fed by it) must not offer it any more.
  const onUndone = () => {
    runs.reload();
    years.reload();
    setApplied(null);
    setChoices(new Map());
    reloadPreview();
  };

  const step = applied ? 'result' : confirming || applying.running ? 'confirm' : 'preview';

  return (
    <div className="page-pad ac-page ye-page" data-testid="year-end-screen">
      <h1 className="page-title">{t('academic.yearEnd.title')}</h1>
      <ol className="ye-steps" aria-label={t('academic.yearEnd.steps.label')}>
        {(['preview', 'confirm', 'result'] as const).map((s) => (
          <li key={s} className="ye-steps__step" aria-current={s === step ? 'step' : undefined}>
            {t(`academic.yearEnd.steps.${s}`)}
          </li>
        ))}
      </ol>
      {runs.error && <CallErrorBanner error={runs.error} onRetry={runs.reload} />}
      <YearEndRuns runs={runs.data?.runs ?? []} onUndone={onUndone} />
      {applied ? (
        <YearEndResult applied={applied} />
      ) : (
        <>
          <p className="muted ac-intro">{t('academic.yearEnd.intro')}</p>
          <OnePcNotice />
          {years.error && <CallErrorBanner error={years.error} onRetry={years.reload} />}
          <YearEndSettings
            years={years.data}
            closingYear={closingYear}
            onClosingYear={(label) => {
              setClosingYear(label);
              setChoices(new Map());
            }}
            dateText={dateText}
            dateValid={dateValid}
            onDateText={setDateText}
            disabled={applying.running}
            refreshing={refreshing}
          />
          {previewError?.code === 'YEAR_END_ALREADY_RUN' ? (
            <AlreadyRunNotice year={closingYear} run={runs.data?.runs.find((r) => r.closingYear === closingYear && r.undoneAt === null) ?? null} />
          ) : (
            previewError && <CallErrorBanner error={previewError} testId="ye-preview-error" />
          )}
          {applying.error && <CallErrorBanner error={applying.error} testId="ye-apply-error" />}
          {preview && (
            <>
              <YearEndPlanSummary plan={preview.plan} />
              <section className="panel" aria-label={t('academic.basis.legend')}>
                <p className="muted">{t('academic.yearEnd.basisHint')}</p>
                <BasisFields draft={basisDraft} invalid={tried && !basis} disabled={applying.running} onChange={setBasisDraft} />
              </section>
              <FirstGradersPanel rows={firstGraders} incomplete={typed.incomplete} onChange={setFirstGraders} />
              <YearEndClassList groups={groups} choices={choices} onChoice={onChoice} />
              <div className="ye-run">
                {applying.running ? (
                  <YearEndProgressBar />
                ) : (
                  <button type="button" className="button button--primary" disabled={refreshing || previewError !== null} onClick={askToRun} data-testid="ye-run">
                    {t('academic.yearEnd.run')}
                  </button>
                )}
              </div>
            </>
          )}
        </>
      )}
      {confirming && preview && (
        <ConfirmDialog
          title={t('academic.yearEnd.confirmTitle', { year: preview.plan.newYear.label })}
          body={t('academic.yearEnd.confirmBody', { orders: preview.plan.orders.length })}
          confirmLabel={t('academic.yearEnd.confirm')}
          cancelLabel={t('common.cancel')}
          testId="ye-confirm"
          onConfirm={() => void apply()}
          onCancel={() => setConfirming(false)}
        />
      )}
    </div>
  );
}
