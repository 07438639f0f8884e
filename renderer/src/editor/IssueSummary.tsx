import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { acknowledge, acknowledgementOf, withdrawAcknowledgement } from '../../../core/rules/acknowledgements';
import { issueMessage } from '../../../core/rules/messages';
import type { Issue } from '../../../core/schemas/issue';
import type { Acknowledgement } from '../../../core/schemas/student';
import { fieldLabel } from '../format/field-label';
import { currentLanguage } from '../i18n/i18n';

interface IssueSummaryProps {
  issues: Issue[];
  acknowledgements: Acknowledgement[];
  onPick(issue: Issue): void;
  onAcknowledgements(acks: Acknowledgement[]): void;
}

function issueKey(issue: Issue): string {
  return `${issue.field ?? ''}|${issue.code}`;
}

/**
 * Every issue of the card at the top of the form, errors first; a click takes the user to the field. A warning the
 * secretary knows to be right can be acknowledged with a note, which is saved in the card and travels to the server.
 */
export function IssueSummary({ issues, acknowledgements, onPick, onAcknowledgements }: IssueSummaryProps) {
  const { t } = useTranslation();
  const [noting, setNoting] = useState<string | null>(null);
  const [note, setNote] = useState('');
  const lang = currentLanguage();
  const errors = issues.filter((i) => i.severity === 'error');
  const warnings = issues.filter((i) => i.severity === 'warning');
  if (issues.length === 0) {
    return (
      <div className="issue-summary issue-summary--clear" data-testid="issue-summary">
        <span aria-hidden="true">✓ </span>
        {t('editor.noIssues')}
      </div>
    );
  }
  const confirm = (issue: Issue) => {
    onAcknowledgements(acknowledge(acknowledgements, issue, note.trim()));
    setNoting(null);
    setNote('');
  };
  return (
    <section className={errors.length > 0 ? 'issue-summary' : 'issue-summary issue-summary--warnings'} aria-labelledby="issue-summary-title" data-testid="issue-summary">
      <h2 className="issue-summary__title" id="issue-summary-title">
        {t('editor.issuesTitle')}
        <span className="issue-summary__count">{t('editor.issuesCount', { errors: errors.length, warnings: warnings.length })}</span>
      </h2>
      <ul className="issue-summary__list">
        {[...errors, ...warnings].map((issue, i) => {
          const ack = acknowledgementOf(acknowledgements, issue);
          const key = issueKey(issue);
          return (
            <li key={`${key}-${i}`} className="issue-summary__item">
              <button
                type="button"
                className={`issue-link issue-link--${issue.severity}`}
                data-issue-code={issue.code}
                data-issue-field={issue.field}
                onClick={() => onPick(issue)}
              >
                <span className="issue-link__mark" aria-hidden="true">
                  {issue.severity === 'error' ? '✕' : '!'}
                </span>
                <span className="visually-hidden">{t(`status.${issue.severity}`)}: </span>
                {issue.field && <span className="issue-link__field">{fieldLabel(issue.field)}: </span>}
                <span>{issueMessage(issue, lang)}</span>
              </button>
              {ack && (
                <span className="issue-ack" data-testid="acknowledged">
                  <span>{t('editor.acknowledged', { note: ack.note })}</span>
                  <button type="button" className="button button--small button--quiet" onClick={() => onAcknowledgements(withdrawAcknowledgement(acknowledgements, issue))}>
                    {t('editor.withdrawAcknowledgement')}
                  </button>
                </span>
              )}
              {!ack && issue.severity === 'warning' && noting !== key && (
                <button type="button" className="button button--small button--quiet" onClick={() => setNoting(key)}>
                  {t('editor.acknowledge')}
                </button>
              )}
              {!ack && noting === key && (
                <span className="issue-ack issue-ack--form">
                  <label className="visually-hidden" htmlFor="ack-note">
                    {t('editor.acknowledgeNote')}
                  </label>
                  <input
                    id="ack-note"
                    name="ack-note"
                    className="input"
                    autoFocus
                    maxLength={1000}
                    placeholder={t('editor.acknowledgeNote')}
                    value={note}
                    onChange={(e) => setNote(e.target.value)}
                    onKeyDown={(e) => {
                      if (e.key === 'Enter') {
                        e.preventDefault();
                        if (note.trim()) confirm(issue);
                      } else if (e.key === 'Escape') {
                        e.preventDefault();
                        e.stopPropagation();
                        setNoting(null);
                      }
                    }}
                  />
                  <button type="button" className="button button--small" disabled={!note.trim()} onClick={() => confirm(issue)}>
                    {t('editor.confirmAcknowledgement')}
                  </button>
                </span>
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
