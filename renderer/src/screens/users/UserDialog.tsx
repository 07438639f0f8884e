import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { UserRow } from '../../../../core/api/users-api';
import { roleSchema, type Role } from '../../../../core/auth/permissions';
import { useAction } from '../../api/use-action';
import { useCall } from '../../api/use-call';
import { FormDialog } from '../../components/FormDialog';
import { generatedPassword } from './generated-password';

export type UserDialogResult = { user: UserRow; password?: string };

/** A new password typed or generated; shown once, after the save, so the administrator can hand it over. */
function PasswordField({ value, onChange }: { value: string; onChange(value: string): void }) {
  const { t } = useTranslation();
  return (
    <div className="field">
      <label className="field__label" htmlFor="user-password">
        {t('users.form.password')}
      </label>
      <div className="us-password-row">
        <input id="user-password" name="password" className="input" autoComplete="off" value={value} onChange={(e) => onChange(e.target.value)} aria-describedby="user-password-hint" />
        <button type="button" className="button" onClick={() => onChange(generatedPassword())}>
          {t('users.form.generate')}
        </button>
      </div>
      <p className="field__hint muted" id="user-password-hint">
        {t('users.form.passwordHint')}
      </p>
    </div>
  );
}

/** Create (no `editing`) or edit a user: login (new only), name, roles as a set, the linked staff card. */
export function UserDialog({ editing, onDone, onCancel }: { editing: UserRow | null; onDone(result: UserDialogResult): void; onCancel(): void }) {
  const { t } = useTranslation();
  const [login, setLogin] = useState('');
  const [fullName, setFullName] = useState(editing?.fullName ?? '');
  const [roles, setRoles] = useState<Role[]>(editing?.roles ?? []);
  const [staffId, setStaffId] = useState(editing?.staffId ?? '');
  const [password, setPassword] = useState('');
  const staff = useCall('users.staffOptions', {}, []);
  const creating = useAction('users.create');
  const updating = useAction('users.update');
  const task = editing ? updating : creating;

  const toggle = (role: Role, on: boolean) => setRoles((now) => (on ? [...now, role] : now.filter((r) => r !== role)));

  const submit = async () => {
    const linked = staffId === '' ? null : staffId;
    if (editing) {
      const result = await updating.run({ id: editing.id, fullName, roles, staffId: linked });
      if (result) onDone({ user: result.user });
    } else {
      const result = await creating.run({ login, fullName, roles, staffId: linked, password });
      if (result) onDone({ user: result.user, password });
    }
  };

  return (
    <FormDialog
      title={editing ? t('users.form.editTitle', { name: editing.fullName }) : t('users.form.createTitle')}
      testId="user-dialog"
      error={task.error ?? staff.error}
      submitLabel={editing ? t('users.form.save') : t('users.form.create')}
      submitDisabled={task.running || roles.length === 0}
      onSubmit={() => void submit()}
      onCancel={onCancel}
    >
      {!editing && (
        <div className="field">
          <label className="field__label" htmlFor="user-login">
            {t('users.form.login')}
          </label>
          <input id="user-login" name="login" className="input" autoComplete="off" autoFocus value={login} onChange={(e) => setLogin(e.target.value)} />
        </div>
      )}
      <div className="field">
        <label className="field__label" htmlFor="user-full-name">
          {t('users.form.fullName')}
        </label>
        <input id="user-full-name" name="fullName" className="input" autoFocus={!!editing} value={fullName} onChange={(e) => setFullName(e.target.value)} />
      </div>
      <fieldset className="us-roles">
        <legend className="field__label">{t('users.form.roles')}</legend>
        {roleSchema.options.map((role) => (
          <label key={role} className="us-check">
            <input type="checkbox" name="roles" value={role} checked={roles.includes(role)} onChange={(e) => toggle(role, e.target.checked)} />
            {t(`users.role.${role}`)}
          </label>
        ))}
      </fieldset>
      <div className="field">
        <label className="field__label" htmlFor="user-staff">
          {t('users.form.staff')}
        </label>
        <select id="user-staff" name="staffId" className="input" value={staffId} onChange={(e) => setStaffId(e.target.value)} aria-describedby="user-staff-hint">
          <option value="">{t('users.form.noStaff')}</option>
          {staff.data?.staff.map((s) => (
            <option key={s.id} value={s.id}>
              {s.name} — {s.position}
            </option>
          ))}
        </select>
        <p className="field__hint muted" id="user-staff-hint">
          {t('users.form.staffHint')}
        </p>
      </div>
      {!editing && <PasswordField value={password} onChange={setPassword} />}
    </FormDialog>
  );
}

/** A new password for a user who forgot theirs; they change it at the next login. */
export function ResetPasswordDialog({ user, onDone, onCancel }: { user: UserRow; onDone(result: UserDialogResult): void; onCancel(): void }) {
  const { t } = useTranslation();
  const [password, setPassword] = useState(() => generatedPassword());
  const resetting = useAction('users.resetPassword');
  return (
    <FormDialog
      title={t('users.form.resetTitle', { name: user.fullName })}
      testId="reset-password-dialog"
      error={resetting.error}
      submitLabel={t('users.form.save')}
      submitDisabled={resetting.running}
      onSubmit={() =>
        void resetting.run({ id: user.id, password }).then((result) => {
          if (result) onDone({ user: result.user, password });
        })
      }
      onCancel={onCancel}
    >
      <PasswordField value={password} onChange={setPassword} />
    </FormDialog>
  );
}
