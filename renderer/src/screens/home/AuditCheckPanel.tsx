import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MethodOutput } from '../../../../core/api/contract';
import { useAction } from '../../api/use-action';
import { CallErrorBanner } from '../../components/CallErrorBanner';

type Verdict = MethodOutput<'audit.verify'>;

/** "Verify the log": recomputes the audit hash chain in the backend and says whether anyone altered it. */
export function AuditCheckPanel() {
  const { t } = useTranslation();
  const [verdict, setVerdict] = useState<Verdict | null>(null);
  const verifying = useAction('audit.verify');
  const busy = verifying.running;

  const verify = async () => setVerdict(await verifying.run({}));

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
      {verifying.error && <CallErrorBanner error={verifying.error} />}
    </section>
  );
}
