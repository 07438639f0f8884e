import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Backup } from '../../../../core/api/backup-api';
import { useAction } from '../../api/use-action';
import { useCall } from '../../api/use-call';
import { CallErrorBanner } from '../../components/CallErrorBanner';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { JobProgressBar } from '../../components/JobProgressBar';
import { showDate } from '../../format/dates';
import { useNavigation } from '../../state/navigation-store';
import { useProgress, useProgressStore } from '../../state/progress-store';
import { useSession } from '../../state/session-store';

/** `YYYY-MM-DD HH:MM:SS` (the school's local time) as people read it. */
function shownTime(madeAt: string): string {
  return `${showDate(madeAt.slice(0, 10))} ${madeAt.slice(11)}`;
}

type Busy = 'create' | 'restore';

/** While a backup is made or restored: its bar (the pages copied, then the check), the same bar as Sync all's. */
function BackupProgressBar({ busy }: { busy: Busy }) {
  const { t } = useTranslation();
  const progress = useProgress(busy === 'create' ? 'backup.create' : 'backup.restore');
  return (
    <JobProgressBar
      progress={progress}
      label={t('backups.progressLabel')}
      text={t(busy === 'create' ? 'backups.creating' : 'backups.restoring')}
      note={t('backups.progressNote')}
      testId="backup-progress"
      announce
    />
  );
}

/** The backups folder (school.admin): list, "Back up now", and restore with a backup of the current state first. */
export function BackupsScreen() {
  const { t, i18n } = useTranslation();
  const listed = useCall('backup.list', {}, []);
  const backups = listed.data?.backups ?? null;
  const creating = useAction('backup.create');
  const restoring = useAction('backup.restore');
  const busy: Busy | null = creating.running ? 'create' : restoring.running ? 'restore' : null;
  const [notice, setNotice] = useState<string | null>(null);
  const [confirming, setConfirming] = useState<Backup | null>(null);
  const [restored, setRestored] = useState<string | null>(null);

  const create = async () => {
    setNotice(null);
    restoring.reset();
    // A new run starts with an empty bar, not the last one's `done`.
    useProgressStore.getState().clear('backup.create');
    const result = await creating.run({});
    if (!result) return;
    setNotice(t('backups.created', { name: result.backup.name }));
    listed.reload();
  };

  const restore = async (backup: Backup) => {
    setConfirming(null);
    setNotice(null);
    creating.reset();
    useProgressStore.getState().clear('backup.restore');
    const result = await restoring.run({ name: backup.name });
    if (!result) return;
    // The backend ended every session: nothing else is asked of it until the user signs in again.
    setRestored(t('backups.restored', { madeAt: shownTime(result.restored.madeAt), replaced: result.replaced.name }));
  };

  const signInAgain = () => {
    useNavigation.getState().reset();
    useSession.getState().signOut();
  };

  const megabytes = new Intl.NumberFormat(i18n.language, { minimumFractionDigits: 1, maximumFractionDigits: 1 });

  if (restored) {
    return (
      <div className="page-pad" data-testid="backups-screen">
        <h1 className="page-title">{t('backups.title')}</h1>
        <p className="banner banner--success" role="status" data-testid="backups-restored">
          {restored}
        </p>
        <button type="button" className="button button--primary" onClick={signInAgain}>
          {t('backups.signInAgain')}
        </button>
      </div>
    );
  }

  return (
    <div className="page-pad" data-testid="backups-screen">
      <h1 className="page-title">{t('backups.title')}</h1>
      <p className="muted">{t('backups.intro')}</p>
      <button type="button" className="button button--primary" onClick={() => void create()} disabled={busy !== null} data-testid="backup-now">
        {t('backups.create')}
      </button>
      {busy !== null && <BackupProgressBar busy={busy} />}
      {notice && (
        <p className="banner banner--success" role="status">
          {notice}
        </p>
      )}
      {creating.error && <CallErrorBanner error={creating.error} />}
      {restoring.error && <CallErrorBanner error={restoring.error} />}
      {listed.error && <CallErrorBanner error={listed.error} onRetry={listed.reload} />}
      {backups === null ? (
        !listed.error && <p className="muted">{t('backups.loading')}</p>
      ) : backups.length === 0 ? (
        <p className="muted">{t('backups.empty')}</p>
      ) : (
        <table className="data-table" aria-label={t('backups.tableLabel')} data-testid="backups-table">
          <thead>
            <tr>
              <th scope="col">{t('backups.column.madeAt')}</th>
              <th scope="col">{t('backups.column.kind')}</th>
              <th scope="col" className="data-table__num">
                {t('backups.column.size')}
              </th>
              <th scope="col">{t('backups.column.actions')}</th>
            </tr>
          </thead>
          <tbody>
            {backups.map((b) => (
              <tr key={b.name} data-backup={b.name}>
                <th scope="row">{shownTime(b.madeAt)}</th>
                <td>{t(`backups.kind.${b.kind}`)}</td>
                <td className="data-table__num">{t('backups.size', { value: megabytes.format(b.size / 1_048_576) })}</td>
                <td>
                  <button type="button" className="button button--small" onClick={() => setConfirming(b)} disabled={busy !== null}>
                    {t('backups.restore')}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {confirming && (
        <ConfirmDialog
          title={t('backups.confirm.title')}
          body={t('backups.confirm.body', { madeAt: shownTime(confirming.madeAt) })}
          confirmLabel={t('backups.confirm.yes')}
          cancelLabel={t('backups.confirm.no')}
          testId="restore-confirm"
          onConfirm={() => void restore(confirming)}
          onCancel={() => setConfirming(null)}
        />
      )}
    </div>
  );
}
