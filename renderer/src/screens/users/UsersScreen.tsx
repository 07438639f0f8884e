import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { UserRow } from '../../../../core/api/users-api';
import { useAction } from '../../api/use-action';
import { useCall } from '../../api/use-call';
import { CallErrorBanner } from '../../components/CallErrorBanner';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { showTimestamp } from '../../format/dates';
import { RoleMatrix } from './RoleMatrix';
import { SessionPolicyForm } from './SessionPolicyForm';
import { ResetPasswordDialog, UserDialog, type UserDialogResult } from './UserDialog';
import '../../styles/users.css';

type Open = { kind: 'create' } | { kind: 'edit'; user: UserRow } | { kind: 'reset'; user: UserRow } | { kind: 'deactivate'; user: UserRow } | null;

/**
 * The accounts of this office (administrator and director): list, create, change roles, deactivate and reactivate
 * (never delete), reset a password; the role matrix beside it, read-only.
 */
export function UsersScreen() {
  const { t } = useTranslation();
  const listed = useCall('users.list', {}, []);
  const switching = useAction('users.setActive');
  const [open, setOpen] = useState<Open>(null);
  const [notice, setNotice] = useState<string | null>(null);

  const done = (message: (r: UserDialogResult) => string | null) => (result: UserDialogResult) => {
    setOpen(null);
    setNotice(message(result));
    listed.reload();
  };

  const setActive = async (user: UserRow, active: boolean) => {
    setOpen(null);
    setNotice(null);
    if (await switching.run({ id: user.id, active })) listed.reload();
  };

  if (listed.error) return <CallErrorBanner error={listed.error} onRetry={listed.reload} />;
  return (
    <div className="page-pad us-page" data-testid="users-screen">
      <div className="us-head">
        <h1 className="page-title">{t('users.title')}</h1>
        <button type="button" className="button button--primary" onClick={() => setOpen({ kind: 'create' })} data-testid="add-user">
          {t('users.add')}
        </button>
      </div>
      <p className="muted">{t('users.intro')}</p>
      {notice && (
        <p className="banner banner--success" role="status" data-testid="users-notice">
          {notice}
        </p>
      )}
      {switching.error && <CallErrorBanner error={switching.error} />}
      {!listed.data ? (
        <p className="muted">{t('users.loading')}</p>
      ) : (
        <table className="data-table us-table" aria-label={t('users.tableLabel')} data-testid="users-table">
          <thead>
            <tr>
              <th scope="col">{t('users.column.fullName')}</th>
              <th scope="col">{t('users.column.login')}</th>
              <th scope="col">{t('users.column.roles')}</th>
              <th scope="col">{t('users.column.staff')}</th>
              <th scope="col">{t('users.column.lastLogin')}</th>
              <th scope="col">{t('users.column.state')}</th>
              <th scope="col">{t('users.column.actions')}</th>
            </tr>
          </thead>
          <tbody>
            {listed.data.users.map((user) => (
              <tr key={user.id} data-user={user.login}>
                <th scope="row">{user.fullName}</th>
                <td>{user.login}</td>
                <td>{user.roles.map((r) => t(`users.role.${r}`)).join(', ')}</td>
                <td>{user.staffName ?? '—'}</td>
                <td>{user.lastLoginAt ? showTimestamp(user.lastLoginAt) : t('users.never')}</td>
                <td>
                  {user.active ? t('users.active') : t('users.inactive')}
                  {user.active && user.mustChangePassword && <span className="muted">, {t('users.mustChange')}</span>}
                </td>
                <td>
                  <div className="us-actions">
                    <button type="button" className="button button--small" onClick={() => setOpen({ kind: 'edit', user })}>
                      {t('users.edit')}
                    </button>
                    <button type="button" className="button button--small" onClick={() => setOpen({ kind: 'reset', user })}>
                      {t('users.reset')}
                    </button>
                    {user.active ? (
                      <button type="button" className="button button--small" onClick={() => setOpen({ kind: 'deactivate', user })}>
                        {t('users.deactivate')}
                      </button>
                    ) : (
                      <button type="button" className="button button--small" onClick={() => void setActive(user, true)}>
                        {t('users.reactivate')}
                      </button>
                    )}
                  </div>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <SessionPolicyForm />
      <RoleMatrix />
      {open?.kind === 'create' && (
        <UserDialog
          editing={null}
          onCancel={() => setOpen(null)}
          onDone={done((r) => t('users.created', { login: r.user.login, password: r.password ?? '' }))}
        />
      )}
      {open?.kind === 'edit' && <UserDialog editing={open.user} onCancel={() => setOpen(null)} onDone={done(() => null)} />}
      {open?.kind === 'reset' && (
        <ResetPasswordDialog
          user={open.user}
          onCancel={() => setOpen(null)}
          onDone={done((r) => t('users.passwordSet', { login: r.user.login, password: r.password ?? '' }))}
        />
      )}
      {open?.kind === 'deactivate' && (
        <ConfirmDialog
          title={t('users.confirmDeactivate.title')}
          body={t('users.confirmDeactivate.body', { name: open.user.fullName })}
          confirmLabel={t('users.confirmDeactivate.yes')}
          cancelLabel={t('users.confirmDeactivate.no')}
          testId="deactivate-confirm"
          onConfirm={() => void setActive(open.user, false)}
          onCancel={() => setOpen(null)}
        />
      )}
    </div>
  );
}
