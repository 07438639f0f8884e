import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MethodOutput } from '../../../../core/api/contract';
import { api } from '../../api/api';
import { CallError } from '../../api/client';

type Verdict = MethodOutput<'audit.verify'>;

/** "Verify the log": recomputes the audit hash chain in the backend and says whether anyone altered it. */
export function AuditCheckPanel() {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  const [verdict, setVerdict] = useState<Verdict | null>(null);
  const [error, setError] = useState<CallError | null>(null);

  const verify = async () => {
    setBusy(true);
    setError(null);
    try {
      setVerdict(await api.call('audit.verify', {}));
    } catch (err) {
      setVerdict(null);
      setError(err instanceof CallError ? err : new CallError('INTERNAL'));
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="panel" aria-labelledby="home-audit" data-testid="audit-check">
      <h2 className="panel__title" id="home-audit">
        {t('home.auditTitle')}
      </h2>
      <p className="muted">{t('home.auditExplain')}</p>
      <button type="button" className="button" onClick={() => void verify()} disabled={busy}>
        {busy ? t('home.auditChecking') : t('home.auditVerify')}
      </button>
      {verdict?.ok && (
        <p className="banner banner--success" role="status">
          {t('home.auditOk', { checked: verdict.checked })}
        </p>
      )}
      {verdict && !verdict.ok && (
        <p className="banner banner--error" role="alert">
          {t('home.auditBroken', { brokenAt: verdict.brokenAt ?? verdict.checked })}
        </p>
      )}
      {error && (
        <p className="banner banner--error" role="alert">
          {t(`errors.${error.code}`)}
        </p>
      )}
    </section>
  );
}
