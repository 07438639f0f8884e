import { useTranslation } from 'react-i18next';
import type { RegistryStatus } from '../../../core/api/sync-api';

const marks: Record<RegistryStatus, string> = { verified: '✓', warning: '!', error: '✕', pending: '…' };

/** The server's verdict on a card: colour, symbol and words, so it reads without colour too. */
export function RegistryBadge({ status }: { status: RegistryStatus }) {
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
