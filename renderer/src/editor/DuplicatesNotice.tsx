import { useTranslation } from 'react-i18next';
import type { DuplicateCard } from '../../../core/api/cards-api';
import { showDate } from '../format/dates';
import { fieldLabel } from '../format/field-label';
import { useNavigation } from '../state/navigation-store';
import '../styles/duplicates.css';

/** The other cards of the school holding the same numbers as the card being typed, each a link to open it. */
export function DuplicatesNotice({ entity, duplicates }: { entity: 'student' | 'staff'; duplicates: DuplicateCard[] }) {
  const { t } = useTranslation();
  const navigate = useNavigation((s) => s.navigate);
  if (duplicates.length === 0) return null;
  return (
    <section className="banner banner--warning duplicates-notice" role="alert" data-testid="duplicates-notice">
      <strong>{t('duplicates.title')}</strong>
      <p>{t('duplicates.intro')}</p>
      <ul>
        {duplicates.map((d) => (
          <li key={d.id}>
            <span>
              {fieldLabel(d.field)}: <strong>{d.name}</strong>, {showDate(d.birthDate)}
              {d.detail ? `, ${d.detail}` : ''}
            </span>{' '}
            <button type="button" className="button button--small" onClick={() => navigate({ screen: entity, id: d.id })} data-testid="duplicate-open">
              {t('duplicates.open')}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
