import { useTranslation } from 'react-i18next';
import type { CardStatus } from '../../../core/sync/card-report';

const marks: Record<CardStatus, string> = { verified: '✓', warning: '!', error: '✕', pending: '…' };

/** The server's verdict on a card: colour, symbol and words, so it reads without colour too. */
export function RegistryBadge({ status }: { status: CardStatus }) {
  const { t } = useTranslation();
  return (
    <span className={`badge registry-badge registry-badge--${status}`} data-registry-status={status}>
      <span className="badge__mark" aria-hidden="true">
        {marks[status]}
      </span>
      {t(`sync.registryStatus.${status}`)}
    </span>
  );
}
