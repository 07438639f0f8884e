import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Backup } from '../../../../core/api/backup-api';
import { api } from '../../api/api';
import { CallError } from '../../api/client';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { showDate } from '../../format/dates';
import { useNavigation } from '../../state/navigation-store';
import { useSession } from '../../state/session-store';
import '../../styles/sync.css';

/** `YYYY-MM-DD HH:MM:SS` (the school's local time) as people read it. */
function shownTime(madeAt: string): string {
  return `${showDate(madeAt.slice(0, 10))} ${madeAt.slice(11)}`;
}

type Busy = null | 'create' | 'restore';

function asCallError(err: unknown): CallError {
  return err instanceof CallError ? err : new CallError('INTERNAL');
}

/** The backups folder (school.admin): list, "Back up now", and restore with a backup of the current state first. */
export function BackupsScreen() {
  const { t, i18n } = useTranslation();
  const [backups, setBackups] = useState<Backup[] | null>(null);
  const [busy, setBusy] = useState<Busy>(null);
  const [error, setError] = useState<CallError | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [confirming, setConfirming] = useState<Backup | null>(null);
  const [restored, setRestored] = useState<string | null>(null);

  const load = useCallback(async () => {
    setBackups((await api.call('backup.list', {})).backups);
  }, []);

  const attempt = async (kind: Exclude<Busy, null>, work: () => Promise<void>) => {
    setBusy(kind);
    setError(null);
    setNotice(null);
    try {
      await work();
    } catch (err) {
      setError(asCallError(err));
    } finally {
      setBusy(null);
    }
  };

  useEffect(() => {
    load().catch((err: unknown) => setError(asCallError(err)));
  }, [load]);

  const create = () =>
    attempt('create', async () => {
      const { backup } = await api.call('backup.create', {});
      setNotice(t('backups.created', { name: backup.name }));
      await load();
    });

  const restore = (backup: Backup) => {
    setConfirming(null);
    void attempt('restore', async () => {
      const result = await api.call('backup.restore', { name: backup.name });
      // The backend ended every session: nothing else is asked of it until the user signs in again.
      setRestored(t('backups.restored', { madeAt: shownTime(result.restored.madeAt), replaced: result.replaced.name }));
    });
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
      {busy !== null && (
        <div className="sync-progress" data-testid="backup-progress">
          <progress className="sync-progress__bar" aria-label={t('backups.progressLabel')} max={100} />
          <div className="sync-progress__text" role="status">
            {t(busy === 'create' ? 'backups.creating' : 'backups.restoring')}
          </div>
        </div>
      )}
      {notice && (
        <p className="banner banner--success" role="status">
          {notice}
        </p>
      )}
      {error && (
        <p className="banner banner--error" role="alert">
          {t(`errors.${error.code}`, error.params ?? {})}
        </p>
      )}
      {backups === null ? (
        <p className="muted">{t('backups.loading')}</p>
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
          onConfirm={() => restore(confirming)}
          onCancel={() => setConfirming(null)}
        />
      )}
    </div>
  );
}
