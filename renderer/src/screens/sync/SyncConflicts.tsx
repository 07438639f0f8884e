import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MethodOutput } from '../../../../core/api/contract';
import { api } from '../../api/api';
import { CallError } from '../../api/client';
import { showTimestamp } from '../../format/dates';
import { ConfirmDialog } from '../../components/ConfirmDialog';

type Conflict = MethodOutput<'sync.conflicts'>['conflicts'][number];

/** Cards changed here and on another computer: nothing is overwritten until the user picks a version for each. */
export function SyncConflicts({ conflicts, onResolved }: { conflicts: Conflict[]; onResolved(): void }) {
  const { t } = useTranslation();
  const [confirming, setConfirming] = useState<Conflict | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<CallError | null>(null);
  const [done, setDone] = useState<'mine' | 'server' | null>(null);

  const resolve = async (conflict: Conflict, keep: 'mine' | 'server') => {
    setConfirming(null);
    setBusy(true);
    setError(null);
    try {
      await api.call('sync.resolveConflict', { type: conflict.type, id: conflict.id, keep });
      setDone(keep);
      onResolved();
    } catch (err) {
      setError(err instanceof CallError ? err : new CallError('INTERNAL'));
    } finally {
      setBusy(false);
    }
  };

  if (conflicts.length === 0 && !done && !error) return null;
  return (
    <section className="sync-conflicts panel" id="sync-conflicts" tabIndex={-1} aria-labelledby="sync-conflicts-title" data-testid="sync-conflicts">
      <h2 id="sync-conflicts-title" className="panel__title">
        {t('sync.conflicts.title')}
      </h2>
      {error && (
        <div className="banner banner--error" role="alert">
          {t(`errors.${error.code}`, error.params ?? {})}
        </div>
      )}
      {done && (
        <div className="banner banner--success" role="status">
          {done === 'mine' ? t('sync.conflicts.keptMine') : t('sync.conflicts.tookServer')}
        </div>
      )}
      {conflicts.length > 0 && (
        <>
          <p className="muted">{t('sync.conflicts.intro')}</p>
          <ul className="sync-conflicts__list">
            {conflicts.map((c) => (
              <li key={`${c.type}-${c.id}`} className="sync-conflict" data-conflict-id={c.id}>
                <div className="sync-conflict__what">
                  <span className="sync-conflict__name">{c.name}</span>
                  <span className="muted">
                    {t(`sync.conflicts.types.${c.type}`)} · {t('sync.conflicts.detectedAt', { when: showTimestamp(c.detectedAt) })}
                  </span>
                </div>
                <div className="sync-conflict__actions">
                  <button type="button" className="button button--small" disabled={busy} onClick={() => void resolve(c, 'mine')} data-keep="mine">
                    {t('sync.conflicts.keepMine')}
                  </button>
                  <button type="button" className="button button--small button--danger" disabled={busy} onClick={() => setConfirming(c)} data-keep="server">
                    {t('sync.conflicts.takeServer')}
                  </button>
                </div>
              </li>
            ))}
          </ul>
        </>
      )}
      {confirming && (
        <ConfirmDialog
          title={t('sync.conflicts.confirmTitle')}
          body={t('sync.conflicts.confirmBody', { name: confirming.name })}
          confirmLabel={t('sync.conflicts.confirm')}
          cancelLabel={t('common.cancel')}
          testId="sync-confirm"
          onConfirm={() => void resolve(confirming, 'server')}
          onCancel={() => setConfirming(null)}
        />
      )}
    </section>
  );
}
