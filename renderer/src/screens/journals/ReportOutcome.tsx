import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { CallResult } from '../../api/use-call';
import { CallErrorBanner } from '../../components/CallErrorBanner';

interface ReportOutcomeProps<T> {
  call: CallResult<T>;
  /** True when the answer has nothing to show: `emptyText` stands in for the report. */
  isEmpty(data: T): boolean;
  emptyText: string;
  children(data: T): ReactNode;
}

/** What a journal report shows for its call: the error with a retry, a loading line, the empty text, or the report. */
export function ReportOutcome<T>({ call, isEmpty, emptyText, children }: ReportOutcomeProps<T>) {
  const { t } = useTranslation();
  if (call.error) return <CallErrorBanner error={call.error} onRetry={call.reload} />;
  if (!call.data) return <p className="muted">{t('journalControl.loading')}</p>;
  if (isEmpty(call.data)) return <p className="muted">{emptyText}</p>;
  return <>{children(call.data)}</>;
}
