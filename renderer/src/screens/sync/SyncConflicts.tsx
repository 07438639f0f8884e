import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MethodOutput } from '../../../../core/api/contract';
import { useAction } from '../../api/use-action';
import { CallErrorBanner } from '../../components/CallErrorBanner';
import { showTimestamp } from '../../format/dates';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { useCan } from '../../state/use-can';

type Conflict = MethodOutput<'sync.conflicts'>['conflicts'][number];

/** Cards changed here and on another computer: nothing is overwritten until the user picks a version for each. */
export function SyncConflicts({ conflicts, onResolved }: { conflicts: Conflict[]; onResolved(): void }) {
  const { t } = useTranslation();
  const [confirming, setConfirming] = useState<Conflict | null>(null);
  const [done, setDone] = useState<'mine' | 'server' | null>(null);
  const resolving = useAction('sync.resolveConflict');
  const canResolve = useCan('sync.resolveConflict');
  const { error, running: busy } = resolving;

  const resolve = async (conflict: Conflict, keep: 'mine' | 'server') => {
    setConfirming(null);
    if (!(await resolving.run({ type: conflict.type, id: conflict.id, keep }))) return;
    setDone(keep);
    onResolved();
  };

  if (conflicts.length === 0 && !done && !error) return null;
  return (
    <section className="sync-conflicts panel" id="sync-conflicts" tabIndex={-1} aria-labelledby="sync-conflicts-title" data-testid="sync-conflicts">
      <h2 id="sync-conflicts-title" className="panel__title">
        {t('sync.conflicts.title')}
      </h2>
      {error && <CallErrorBanner error={error} />}
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
                {canResolve && (
                  <div className="sync-conflict__actions">
                    <button type="button" className="button button--small" disabled={busy} onClick={() => void resolve(c, 'mine')} data-keep="mine">
                      {t('sync.conflicts.keepMine')}
                    </button>
                    <button type="button" className="button button--small button--danger" disabled={busy} onClick={() => setConfirming(c)} data-keep="server">
                      {t('sync.conflicts.takeServer')}
                    </button>
                  </div>
                )}
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
