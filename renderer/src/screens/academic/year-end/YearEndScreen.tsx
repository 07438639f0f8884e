import { useCallback, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MethodOutput } from '../../../../../core/api/contract';
import type { YearEndProgress, YearEndRun } from '../../../../../core/api/yearend-api';
import type { FirstGrader } from '../../../../../core/yearend/year-end-input';
import { api } from '../../../api/api';
import { CallError } from '../../../api/client';
import { ConfirmDialog } from '../../../components/ConfirmDialog';
import { showDate, storeTypedDate, todayIso } from '../../../format/dates';
import { useAcademicYears } from '../use-academic-years';
import { FirstGradersPanel } from './FirstGradersPanel';
import { OnePcNotice } from './OnePcNotice';
import { YearEndClassList } from './YearEndClassList';
import { YearEndPlanSummary } from './YearEndPlanSummary';
import { YearEndProgressBar } from './YearEndProgressBar';
import { YearEndResult } from './YearEndResult';
import { YearEndRuns } from './YearEndRuns';
import type { Choice, FirstGraderDraft } from './year-end-view';
import { choicesForPreview, classGroups, defaultTransitionDate, firstGraderOf, withChoice } from './year-end-view';
import '../../../styles/academic.css';

type Preview = MethodOutput<'yearEnd.preview'>;
type Applied = MethodOutput<'yearEnd.apply'>;
type Phase = 'preview' | 'applying' | 'done';

const previewDelay = 300;
/** How often the wizard asks `yearEnd.progress` while the transition runs (Sync all polls the same way). */
const progressPoll = 200;

function asCallError(err: unknown): CallError {
  return err instanceof CallError ? err : new CallError('INTERNAL');
}

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
  const [runs, setRuns] = useState<YearEndRun[]>([]);
  const [closingYear, setClosingYear] = useState<string>('');
  const [dateText, setDateText] = useState('');
  const [choices, setChoices] = useState<Map<string, Choice>>(new Map());
  const [firstGraders, setFirstGraders] = useState<FirstGraderDraft[]>([]);
  const [preview, setPreview] = useState<Preview | null>(null);
  const [previewError, setPreviewError] = useState<CallError | null>(null);
  const [refreshing, setRefreshing] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const [phase, setPhase] = useState<Phase>('preview');
  const [applied, setApplied] = useState<Applied | null>(null);
  const [applyError, setApplyError] = useState<CallError | null>(null);
  const [revision, setRevision] = useState(0);
  const [progress, setProgress] = useState<YearEndProgress | null>(null);

  const loadRuns = useCallback(() => {
    api.call('yearEnd.runs', {}).then(
      (r) => setRuns([...r.runs].sort((a, b) => b.runAt.localeCompare(a.runAt))),
      () => undefined,
    );
  }, []);

  useEffect(loadRuns, [loadRuns]);

  // The backend answers between the backup's steps; the transaction itself is short and shows as its phase.
  useEffect(() => {
    if (phase !== 'applying') return;
    let live = true;
    const timer = setInterval(() => {
      api.call('yearEnd.progress', {}).then(
        (r) => live && setProgress(r.progress),
        () => undefined,
      );
    }, progressPoll);
    return () => {
      live = false;
      clearInterval(timer);
    };
  }, [phase]);

  // The year to close is the current one until the secretary picks another.
  useEffect(() => {
    const current = years?.find((y) => y.current) ?? years?.at(-1);
    if (!current) return;
    setClosingYear(current.label);
    setDateText(showDate(defaultTransitionDate(todayIso(), current)));
  }, [years]);

  const date = storeTypedDate(dateText);
  const dateValid = /^\d{4}-\d{2}-\d{2}$/.test(date);
  const typed = useMemo(() => typedFirstGraders(firstGraders), [firstGraders]);
  const input = useMemo(
    () => ({ closingYear, choices: { date, students: choicesForPreview(choices), firstGraders: typed.valid } }),
    [closingYear, date, choices, typed.valid],
  );
  const inputKey = JSON.stringify(input);

  // Asks again a moment after the last change, and shows only the answer to the latest question.
  useEffect(() => {
    if (!closingYear || !dateValid || phase !== 'preview') return;
    let live = true;
    setRefreshing(true);
    const timer = setTimeout(() => {
      api.call('yearEnd.preview', input).then(
        (r) => live && (setPreview(r), setPreviewError(null), setRefreshing(false)),
        // The last good preview stays, so a refused choice can be taken back.
        (err: unknown) => live && (setPreviewError(asCallError(err)), setRefreshing(false)),
      );
    }, previewDelay);
    return () => {
      live = false;
      clearTimeout(timer);
    };
    // Keyed by the input's text, so an equal input (a new object) does not ask again.
  }, [inputKey, closingYear, dateValid, phase, revision]);

  const groups = useMemo(() => (preview ? classGroups(preview.plan, preview.names) : []), [preview]);
  const onChoice = useCallback((studentId: string, choice: Choice | null) => setChoices((c) => withChoice(c, studentId, choice)), []);

  const apply = async () => {
    setConfirming(false);
    setProgress(null);
    setPhase('applying');
    setApplyError(null);
    try {
      const result = await api.call('yearEnd.apply', input);
      setApplied(result);
      setPhase('done');
      loadRuns();
    } catch (err) {
      setApplyError(asCallError(err));
      setPhase('preview');
    }
  };

  const onUndone = () => {
    loadRuns();
    setApplied(null);
    setChoices(new Map());
    setPhase('preview');
    setRevision((r) => r + 1);
  };

  const step = phase === 'done' ? 'result' : confirming || phase === 'applying' ? 'confirm' : 'preview';

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
      <YearEndRuns runs={runs} onUndone={onUndone} />
      {phase === 'done' && applied ? (
        <YearEndResult applied={applied} />
      ) : (
        <>
          <p className="muted ac-intro">{t('academic.yearEnd.intro')}</p>
          <OnePcNotice />
          <section className="panel ye-settings" aria-labelledby="ye-settings-title">
            <h2 id="ye-settings-title" className="panel__title">
              {t('academic.yearEnd.settings')}
            </h2>
            <div className="ac-toolbar">
              <label className="field">
                <span className="field__label">{t('academic.yearEnd.closingYear')}</span>
                <select
                  className="input input--select"
                  value={closingYear}
                  disabled={!years || phase !== 'preview'}
                  onChange={(e) => {
                    setClosingYear(e.target.value);
                    setChoices(new Map());
                  }}
                  name="closingYear"
                >
                  {(years ?? []).map((y) => (
                    <option key={y.id} value={y.label}>
                      {y.current ? t('academic.years.current', { label: y.label }) : y.label}
                    </option>
                  ))}
                </select>
              </label>
              <label className="field">
                <span className="field__label">{t('academic.yearEnd.date')}</span>
                <input
                  className="input input--date"
                  value={dateText}
                  placeholder={t('fields.datePlaceholder')}
                  aria-invalid={!dateValid || undefined}
                  disabled={phase !== 'preview'}
                  onChange={(e) => setDateText(e.target.value)}
                  name="transitionDate"
                />
                <span className="field__hint">{t('academic.yearEnd.dateHint')}</span>
              </label>
            </div>
            <p className="muted ye-refreshing" role="status">
              {refreshing ? t('academic.yearEnd.refreshing') : ''}
            </p>
          </section>
          {previewError && (
            <div className="banner banner--error" role="alert" data-testid="ye-preview-error" data-code={previewError.code}>
              {t(`errors.${previewError.code}`, previewError.params ?? {})}
            </div>
          )}
          {applyError && (
            <div className="banner banner--error" role="alert" data-testid="ye-apply-error" data-code={applyError.code}>
              {t(`errors.${applyError.code}`, applyError.params ?? {})}
            </div>
          )}
          {preview && (
            <>
              <YearEndPlanSummary plan={preview.plan} />
              <FirstGradersPanel rows={firstGraders} incomplete={typed.incomplete} onChange={setFirstGraders} />
              <YearEndClassList groups={groups} choices={choices} onChoice={onChoice} />
              <div className="ye-run">
                {phase === 'applying' ? (
                  <YearEndProgressBar progress={progress} />
                ) : (
                  <button
                    type="button"
                    className="button button--primary"
                    disabled={refreshing || previewError !== null}
                    onClick={() => setConfirming(true)}
                    data-testid="ye-run"
                  >
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
