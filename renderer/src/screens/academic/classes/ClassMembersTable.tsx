import { useTranslation } from 'react-i18next';
import type { ClassMember } from '../../../../../core/api/classes-api';
import { showDate } from '../../../format/dates';
import { useNavigation } from '../../../state/navigation-store';

/** The class's students with the dates they came and left and why; each name opens the card. */
export function ClassMembersTable({ label, members }: { label: string; members: ClassMember[] }) {
  const { t } = useTranslation();
  const navigate = useNavigation((s) => s.navigate);
  return (
    <table className="data-table" aria-label={t('academic.classPage.membersLabel', { label })} data-testid="class-members">
      <thead>
        <tr>
          <th scope="col" className="data-table__num">
            {t('academic.common.number')}
          </th>
          <th scope="col">{t('academic.common.name')}</th>
          <th scope="col">{t('academic.common.birthDate')}</th>
          <th scope="col">{t('academic.common.sex')}</th>
          <th scope="col">{t('academic.classPage.from')}</th>
          <th scope="col">{t('academic.classPage.to')}</th>
          <th scope="col">{t('academic.classPage.reason')}</th>
        </tr>
      </thead>
      <tbody>
        {members.map((m, i) => (
          <tr key={m.enrollmentId} data-student-id={m.studentId} className={m.current ? undefined : 'data-table__row--past'}>
            <td className="data-table__num">{i + 1}</td>
            <th scope="row" className="data-table__name">
              <button type="button" className="ac-link" onClick={() => navigate({ screen: 'student', id: m.studentId })}>
                {m.name}
              </button>
            </th>
            <td>{showDate(m.birthDate)}</td>
            <td>{m.sex ? t(`enums.sex.${m.sex}`) : t('common.empty')}</td>
            <td>{showDate(m.from)}</td>
            <td>{m.to ? showDate(m.to) : t('common.empty')}</td>
            <td>{m.reason ? t(`academic.classPage.reasons.${m.reason}`) : t('common.empty')}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
