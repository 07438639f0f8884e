import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Printout } from '../../../core/archive/document-entry';
import { CallError } from '../api/client';
import { savePrintout } from '../files/save-file';

/** Asks the backend for a PDF printout and saves it; says so when it could not be made. */
export function PrintButton({ request, testId }: { request(): Promise<Printout>; testId: string }) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<CallError | null>(null);
  const print = async () => {
    setBusy(true);
    setError(null);
    try {
      savePrintout(await request());
    } catch (err) {
      setError(err instanceof CallError ? err : new CallError('INTERNAL'));
    } finally {
      setBusy(false);
    }
  };
  return (
    <>
      <button type="button" className="button" onClick={() => void print()} disabled={busy} data-testid={testId}>
        {busy ? t('common.printing') : t('common.print')}
      </button>
      {error && (
        <span className="banner banner--error" role="alert">
          {t('common.printFailed')} {t(`errors.${error.code}`)}
        </span>
      )}
    </>
  );
}
