import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { YearEndRun } from '../../../../../core/api/yearend-api';
import { useAction } from '../../../api/use-action';
import { CallErrorBanner } from '../../../components/CallErrorBanner';
import { ConfirmDialog } from '../../../components/ConfirmDialog';
import { showTimestamp } from '../../../format/dates';

/** Transitions made so far, newest first; the latest standing one can be undone as one step until the next sync. */
export function YearEndRuns({ runs: made, onUndone }: { runs: YearEndRun[]; onUndone(run: YearEndRun): void }) {
  const { t } = useTranslation();
  const [confirming, setConfirming] = useState<YearEndRun | null>(null);
  const [undone, setUndone] = useState<YearEndRun | null>(null);
  const undoing = useAction('yearEnd.undo');
  const runs = useMemo(() => [...made].sort((a, b) => b.runAt.localeCompare(a.runAt)), [made]);
  const standing = runs.find((r) => r.undoneAt === null);
  const busy = undoing.running;

  const undo = async (run: YearEndRun) => {
    setConfirming(null);
    const result = await undoing.run({ runId: run.id });
    if (!result) return;
    setUndone(result.run);
    onUndone(result.run);
  };

  if (runs.length === 0 && !undone) return null;
  return (
    <section className="panel ye-runs" aria-labelledby="ye-runs-title" data-testid="ye-runs">
      <h2 id="ye-runs-title" className="panel__title">
        {t('academic.yearEnd.runsTitle')}
      </h2>
      {undoing.error && <CallErrorBanner error={undoing.error} />}
      {undone && (
        <div className="banner banner--success" role="status" data-testid="ye-undone">
          {t('academic.yearEnd.undone', { year: undone.closingYear })}
        </div>
      )}
      {busy && (
        <p className="muted" role="status">
          {t('academic.yearEnd.undoing')}
        </p>
      )}
      <ul className="ye-runs__list">
        {runs.map((run) => (
          <li key={run.id} data-run-id={run.id}>
            {t('academic.yearEnd.runLine', { year: run.closingYear, when: showTimestamp(run.runAt), who: run.runBy })}
            {run.undoneAt && <span className="muted"> — {t('academic.yearEnd.runUndone', { when: showTimestamp(run.undoneAt) })}</span>}
            {run === standing && (
              <button type="button" className="button button--small button--danger ye-runs__undo" disabled={busy} onClick={() => setConfirming(run)} data-testid="ye-undo">
                {t('academic.yearEnd.undo')}
              </button>
            )}
          </li>
        ))}
      </ul>
      {confirming && (
        <ConfirmDialog
          title={t('academic.yearEnd.undoTitle', { year: confirming.closingYear })}
          body={t('academic.yearEnd.undoBody')}
          confirmLabel={t('academic.yearEnd.undoConfirm')}
          cancelLabel={t('academic.yearEnd.undoKeep')}
          testId="ye-undo-confirm"
          onConfirm={() => void undo(confirming)}
          onCancel={() => setConfirming(null)}
        />
      )}
    </section>
  );
}
