import { useTranslation } from 'react-i18next';
import type { ClassView } from '../../../../../core/api/classes-api';
import { useNavigation } from '../../../state/navigation-store';
import { useCan } from '../../../state/use-can';

/** The classes of a year: each opens its page; its teacher, its size today, and a button to change it. */
export function ClassesTable({ classes, onEdit }: { classes: ClassView[]; onEdit(c: ClassView): void }) {
  const { t } = useTranslation();
  const navigate = useNavigation((s) => s.navigate);
  const canEdit = useCan('classes.update');
  return (
    <table className="data-table" aria-label={t('academic.classes.tableLabel')} data-testid="classes-table">
      <thead>
        <tr>
          <th scope="col">{t('academic.common.class')}</th>
          <th scope="col">{t('academic.classes.homeroomTeacher')}</th>
          <th scope="col" className="data-table__count">
            {t('academic.classes.students')}
          </th>
          <th scope="col">
            <span className="visually-hidden">{t('academic.classes.edit')}</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {classes.map((c) => (
          <tr key={c.id} data-class-id={c.id} data-class={c.label}>
            <th scope="row">
              <button type="button" className="ac-link" onClick={() => navigate({ screen: 'class', id: c.id })}>
                {c.label}
              </button>
            </th>
            <td>{c.homeroomTeacherName ?? <span className="muted">{t('academic.classes.noTeacher')}</span>}</td>
            <td className="data-table__count">{c.studentCount}</td>
            <td className="data-table__actions">
              {canEdit && (
                <button type="button" className="button button--small" aria-label={t('academic.classes.editLabel', { label: c.label })} onClick={() => onEdit(c)}>
                  {t('academic.classes.edit')}
                </button>
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
