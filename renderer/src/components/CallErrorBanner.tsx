import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { CallError } from '../api/client';
import { errorText } from '../i18n/error-text';

interface CallErrorBannerProps {
  error: Pick<CallError, 'code' | 'params'>;
  /** Offered when asking again may help: a failed load. */
  onRetry?: () => void;
  /** What failed, said before the reason ("The card could not be opened."). */
  title?: string;
  testId?: string;
  /** For a field's aria-describedby. */
  id?: string;
  /** Other ways out beside the retry. */
  children?: ReactNode;
}

/** A failed call, in words and with its params, and a retry where one makes sense. */
export function CallErrorBanner({ error, onRetry, title, testId, id, children }: CallErrorBannerProps) {
  const { t } = useTranslation();
  return (
    <div className="banner banner--error" role="alert" id={id} data-testid={testId} data-code={error.code}>
      {title && <strong>{title} </strong>}
      <span>{errorText(t, error)}</span>
      {onRetry && (
        <button type="button" className="button button--small" onClick={onRetry}>
          {t('common.retry')}
        </button>
      )}
      {children}
    </div>
  );
}
