import { useTranslation } from 'react-i18next';
import type { Printout } from '../../../core/archive/document-entry';
import { useTask } from '../api/use-action';
import { savePrintout } from '../files/save-file';
import { CallErrorBanner } from './CallErrorBanner';

/** Asks the backend for a PDF printout and saves it; says so when it could not be made. `label`: what it prints, beside "Print". */
export function PrintButton({ request, testId, label }: { request(): Promise<Printout>; testId: string; label?: string }) {
  const { t } = useTranslation();
  const printing = useTask(async () => savePrintout(await request()));
  return (
    <>
      <button type="button" className="button" onClick={() => void printing.run()} disabled={printing.running} data-testid={testId}>
        {printing.running ? t('common.printing') : label ? `${t('common.print')}: ${label}` : t('common.print')}
      </button>
      {printing.error && <CallErrorBanner error={printing.error} title={t('common.printFailed')} />}
    </>
  );
}
