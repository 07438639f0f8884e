import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { YearEndRun } from '../../../../../core/api/yearend-api';
import { api } from '../../../api/api';
import { CallError } from '../../../api/client';
import { ConfirmDialog } from '../../../components/ConfirmDialog';
import { showTimestamp } from '../../../format/dates';

/** Transitions made so far; the latest standing one can be undone as one step until the next sync. */
export function YearEndRuns({ runs, onUndone }: { runs: YearEndRun[]; onUndone(run: YearEndRun): void }) {
  const { t } = useTranslation();
  const [confirming, setConfirming] = useState<YearEndRun | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<CallError | null>(null);
  const [undone, setUndone] = useState<YearEndRun | null>(null);
  const standing = runs.find((r) => r.undoneAt === null);

  const undo = async (run: YearEndRun) => {
    setConfirming(null);
    setBusy(true);
    setError(null);
    try {
      const result = await api.call('yearEnd.undo', { runId: run.id });
      setUndone(result.run);
      onUndone(result.run);
    } catch (err) {
      setError(err instanceof CallError ? err : new CallError('INTERNAL'));
    } finally {
      setBusy(false);
    }
  };

  if (runs.length === 0 && !undone) return null;
  return (
    <section className="panel ye-runs" aria-labelledby="ye-runs-title" data-testid="ye-runs">
      <h2 id="ye-runs-title" className="panel__title">
        {t('academic.yearEnd.runsTitle')}
      </h2>
      {error && (
        <div className="banner banner--error" role="alert">
          {t(`errors.${error.code}`, error.params ?? {})}
        </div>
      )}
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
          cancelLabel={t('common.cancel')}
          testId="ye-undo-confirm"
          onConfirm={() => void undo(confirming)}
          onCancel={() => setConfirming(null)}
        />
      )}
    </section>
  );
}
