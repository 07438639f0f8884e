import { useTranslation } from 'react-i18next';
import { issueMessage } from '../../../core/rules/messages';
import type { Issue } from '../../../core/schemas/issue';
import { fieldLabel } from '../format/field-label';
import { currentLanguage } from '../i18n/i18n';

/** Every issue of the card at the top of the form, errors first; a click takes the user to the field. */
export function IssueSummary({ issues, onPick }: { issues: Issue[]; onPick(issue: Issue): void }) {
  const { t } = useTranslation();
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
  return (
    <section className="issue-summary" aria-labelledby="issue-summary-title" data-testid="issue-summary">
      <h2 className="issue-summary__title" id="issue-summary-title">
        {t('editor.issuesTitle')}
        <span className="issue-summary__count">{t('editor.issuesCount', { errors: errors.length, warnings: warnings.length })}</span>
      </h2>
      <ul className="issue-summary__list">
        {[...errors, ...warnings].map((issue, i) => (
          <li key={`${issue.field ?? ''}-${issue.code}-${i}`}>
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
          </li>
        ))}
      </ul>
    </section>
  );
}
