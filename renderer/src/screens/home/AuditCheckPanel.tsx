import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AuditAnchorState, AuditVerdict } from '../../../../core/api/audit-api';
import { useAction } from '../../api/use-action';
import { CallErrorBanner } from '../../components/CallErrorBanner';
import { showTimestamp } from '../../format/dates';
import { useNavigation } from '../../state/navigation-store';
import { anchorMessage } from './audit-check-view';

/** What the central server last said of this PC's log (issue 13, item 8). */
function AnchorNote({ anchor }: { anchor: AuditAnchorState }) {
  const { t } = useTranslation();
  const { key, alarm } = anchorMessage(anchor);
  const text = t(`home.${key}`, { when: anchor.checkedAt ? showTimestamp(anchor.checkedAt) : '', seq: anchor.anchoredSeq ?? 0 });
  if (alarm) {
    return (
      <p className="banner banner--error" role="alert" data-anchor={anchor.status}>
        {text}
      </p>
    );
  }
  return (
    <p className="muted" data-anchor={anchor.status}>
      {text}
      {anchor.divergedAt && ` ${t('home.auditAnchorDivergedBefore', { when: showTimestamp(anchor.divergedAt) })}`}
    </p>
  );
}

/** Records whose row is not what their history says: a card opens from the list. */
function DriftList({ verdict }: { verdict: AuditVerdict }) {
  const { t } = useTranslation();
  const navigate = useNavigation((s) => s.navigate);
  if (verdict.driftTotal === 0) return <p className="muted">{t('home.auditNoDrift')}</p>;
  return (
    <div className="banner banner--warning" role="alert" data-testid="audit-drift">
      <p>{t('home.auditDrift', { count: verdict.driftTotal })}</p>
      <ul>
        {verdict.drift.map((d) => (
          <li key={`${d.entity}:${d.id}`} data-drift-id={d.id}>
            {d.kind === 'missing' || d.entity === 'enrollment' ? (
              <span>{t(`home.auditDriftEntity.${d.entity}`)}</span>
            ) : (
              <button type="button" className="ac-link" onClick={() => navigate({ screen: d.entity === 'student' ? 'student' : 'staff', id: d.id })}>
                {t(`home.auditDriftEntity.${d.entity}`)}
              </button>
            )}{' '}
            <code>{d.id}</code> — {t(`home.auditDriftKind.${d.kind}`)}
            {d.fields.length > 0 && `: ${d.fields.join(', ')}`}
          </li>
        ))}
      </ul>
      {verdict.driftTotal > verdict.drift.length && <p>{t('home.auditDriftMore', { count: verdict.driftTotal - verdict.drift.length })}</p>}
    </div>
  );
}

/**
 * "Verify the log": recomputes the audit hash chain in the backend, shows what the central server said of it at the
 * last Sync all, and lists cards changed outside the app.
 */
export function AuditCheckPanel() {
  const { t } = useTranslation();
  const [verdict, setVerdict] = useState<AuditVerdict | null>(null);
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
      {verdict && <AnchorNote anchor={verdict.anchor} />}
      {verdict && <DriftList verdict={verdict} />}
      {verifying.error && <CallErrorBanner error={verifying.error} />}
    </section>
  );
}
