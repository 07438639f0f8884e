import { useTranslation } from 'react-i18next';
import { useNavigation } from '../../state/navigation-store';

/** A report row's way into its journal, at the period the report shows. */
export function OpenJournalButton({ assignmentId, periodId }: { assignmentId: string; periodId: string }) {
  const { t } = useTranslation();
  const navigate = useNavigation((s) => s.navigate);
  return (
    <button type="button" className="button button--small" onClick={() => navigate({ screen: 'journals', assignmentId, periodId })} data-testid="open-journal">
      {t('journalControl.completeness.open')}
    </button>
  );
}
