import { useTranslation } from 'react-i18next';
import type { CheckStatus } from '../../../core/schemas/issue';

const marks: Record<CheckStatus, string> = { ok: '✓', warning: '!', error: '✕' };

/** A card's check status: colour, symbol and words, so it reads without colour too. */
export function StatusBadge({ status, errors, warnings }: { status: CheckStatus; errors?: number; warnings?: number }) {
  const { t } = useTranslation();
  let text: string = t(`status.${status}`);
  if (status === 'error' && errors) text = t('status.errorCount', { count: errors });
  else if (status === 'warning' && warnings) text = t('status.warningCount', { count: warnings });
  return (
    <span className={`badge badge--${status}`} data-status={status}>
      <span className="badge__mark" aria-hidden="true">
        {marks[status]}
      </span>
      {text}
    </span>
  );
}
