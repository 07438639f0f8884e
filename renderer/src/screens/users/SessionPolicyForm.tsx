import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAction } from '../../api/use-action';
import { useCall } from '../../api/use-call';
import { CallErrorBanner } from '../../components/CallErrorBanner';

/** How long a session lives without a call (DESIGN §9: 30 minutes unless the office sets another time). */
export function SessionPolicyForm() {
  const { t } = useTranslation();
  const policy = useCall('users.sessionPolicy', {}, []);
  const saving = useAction('users.saveSessionPolicy');
  const [minutes, setMinutes] = useState('');
  const [saved, setSaved] = useState(false);
  useEffect(() => {
    if (policy.data) setMinutes(String(policy.data.idleMinutes));
  }, [policy.data]);

  if (policy.error) return <CallErrorBanner error={policy.error} onRetry={policy.reload} />;
  return (
    <section className="panel" aria-labelledby="session-policy-title">
      <h2 className="panel__title" id="session-policy-title">
        {t('users.policy.title')}
      </h2>
      <form
        className="us-head"
        onSubmit={(e) => {
          e.preventDefault();
          setSaved(false);
          void saving.run({ idleMinutes: Number(minutes) }).then((result) => setSaved(result !== null));
        }}
      >
        <div className="field">
          <label className="field__label" htmlFor="session-idle">
            {t('users.policy.idle')}
          </label>
          <input id="session-idle" className="input" type="number" min={5} max={480} value={minutes} onChange={(e) => setMinutes(e.target.value)} />
        </div>
        <button type="submit" className="button" disabled={saving.running || !policy.data}>
          {t('users.policy.save')}
        </button>
        {saved && (
          <span className="muted" role="status">
            {t('users.policy.saved')}
          </span>
        )}
      </form>
      {saving.error && <CallErrorBanner error={saving.error} />}
    </section>
  );
}
