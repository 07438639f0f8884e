import { useTranslation } from 'react-i18next';
import { issueMessage } from '../../../core/rules/messages';
import type { Issue } from '../../../core/schemas/issue';
import { currentLanguage } from '../i18n/i18n';

/** The issues about one field, right under it; the symbol and the word say the severity, not the colour alone. */
export function FieldIssues({ id, issues }: { id?: string; issues: Issue[] }) {
  const { t } = useTranslation();
  if (issues.length === 0) return null;
  const lang = currentLanguage();
  return (
    <ul className="field-issues" id={id}>
      {issues.map((issue, i) => (
        <li key={`${issue.code}-${i}`} className={`field-issue field-issue--${issue.severity}`} data-issue-code={issue.code}>
          <span className="field-issue__mark" aria-hidden="true">
            {issue.severity === 'error' ? '✕' : '!'}
          </span>
          <span className="visually-hidden">{t(`status.${issue.severity}`)}: </span>
          {issueMessage(issue, lang)}
        </li>
      ))}
    </ul>
  );
}
