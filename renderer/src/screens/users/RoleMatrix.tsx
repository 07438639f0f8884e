import { useTranslation } from 'react-i18next';
import { roleGrants, roleSchema, type Permission } from '../../../../core/auth/permissions';

/** The rows of DESIGN §9 in plain words, each by the permission the backend checks for it. */
const rows = [
  { key: 'users', permission: 'users.manage' },
  { key: 'readCards', permission: 'cards.read' },
  { key: 'studentNames', permission: 'students.names' },
  { key: 'editCards', permission: 'cards.write' },
  { key: 'editContacts', permission: 'contacts.write' },
  { key: 'academic', permission: 'orders.manage' },
  { key: 'sync', permission: 'sync.run' },
  { key: 'readJournals', permission: 'journals.read' },
  { key: 'writeJournals', permission: 'journals.write' },
  { key: 'closePeriods', permission: 'periods.close' },
  { key: 'unlock', permission: 'periods.unlock' },
  { key: 'print', permission: 'documents.print' },
  { key: 'sign', permission: 'documents.sign' },
  { key: 'audit', permission: 'audit.read' },
] as const satisfies readonly { key: string; permission: Permission }[];

/** The role matrix, read-only, from the same data the backend enforces (core/auth/permissions.ts). */
export function RoleMatrix() {
  const { t } = useTranslation();
  return (
    <section className="panel" aria-labelledby="role-matrix-title" data-testid="role-matrix">
      <h2 className="panel__title" id="role-matrix-title">
        {t('users.matrix.title')}
      </h2>
      <p className="muted">{t('users.matrix.intro')}</p>
      <table className="data-table us-matrix">
        <thead>
          <tr>
            <th scope="col">{t('users.matrix.may')}</th>
            {roleSchema.options.map((role) => (
              <th scope="col" key={role}>
                {t(`users.role.${role}`)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.key}>
              <th scope="row">{t(`users.matrix.row.${row.key}`)}</th>
              {roleSchema.options.map((role) => {
                const scope = roleGrants[role][row.permission];
                return (
                  <td key={role} className={scope && scope !== 'all' ? 'us-scoped' : undefined}>
                    {scope === undefined ? t('users.matrix.no') : scope === 'all' ? t('users.matrix.yes') : t(`users.matrix.${scope}`)}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
