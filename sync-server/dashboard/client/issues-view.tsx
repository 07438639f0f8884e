import { useEffect, useRef, useState } from 'react';
import type { SchoolIssuesAnswer } from '../../../core/overview/overview';
import type { CatalogueText } from '../../../core/rules/catalogue';
import type { DashboardLanguage } from '../dashboard-text';
import { useText } from './dashboard-language';
import { failureText } from './login-view';
import { JournalsView } from './journals-view';
import { CallError, fetchIssueTitles, fetchSchoolIssues, type CallFailure } from './overview-client';

/** A school's drill-down: how many of its cards carry each issue code; Escape or the button closes it. */
export function IssuesView({ token, code, lang, onClose, onFailure }: { token: string; code: string; lang: DashboardLanguage; onClose: () => void; onFailure: (failure: CallFailure) => void }) {
  const t = useText();
  const [answer, setAnswer] = useState<SchoolIssuesAnswer | null>(null);
  const [failure, setFailure] = useState<CallFailure | null>(null);
  const [titles, setTitles] = useState<ReadonlyMap<string, CatalogueText>>(new Map());
  const closeButton = useRef<HTMLButtonElement>(null);

  // Without the titles the codes still say what is wrong, so a failure here only leaves them out.
  useEffect(() => {
    fetchIssueTitles().then(setTitles, () => undefined);
  }, []);

  useEffect(() => {
    setAnswer(null);
    setFailure(null);
    fetchSchoolIssues(token, code).then(setAnswer, (err: unknown) => {
      const reason = err instanceof CallError ? err.failure : ({ kind: 'failed' } as const);
      if (reason.kind === 'session-ended') onFailure(reason);
      else setFailure(reason);
    });
  }, [token, code, onFailure]);
  useEffect(() => closeButton.current?.focus(), [code]);

  return (
    <section className="issues" role="dialog" aria-labelledby="issues-title" onKeyDown={(e) => e.key === 'Escape' && onClose()}>
      <header>
        <h2 id="issues-title">
          {t('issuesTitle')}: {answer ? `${answer.school.name} (${answer.school.code})` : code}
        </h2>
        <button ref={closeButton} onClick={onClose}>
          {t('close')}
        </button>
      </header>
      {failure && (
        <p className="error" role="alert">
          {failureText(t, failure, lang)}
        </p>
      )}
      {!answer && !failure && <p className="loading">{t('loading')}</p>}
      {answer && (
        <>
          <p className="hint">{t('issuesHint')}</p>
          <p className="summary">
            {t('total')}: {answer.cards.total} · {t('verifiedShare')}: {answer.cards.verified} · {t('warning')}: {answer.cards.warning} · {t('error')}: {answer.cards.error} · {t('pending')}: {answer.cards.pending}
          </p>
          {answer.issues.length === 0 ? (
            <p className="empty">{t('noIssues')}</p>
          ) : (
            <table className="issue-counts">
              <thead>
                <tr>
                  <th>{t('issue')}</th>
                  <th>{t('code')}</th>
                  <th>{t('severity')}</th>
                  <th className="num">{t('cards')}</th>
                  <th className="num">{t('students')}</th>
                  <th className="num">{t('staff')}</th>
                </tr>
              </thead>
              <tbody>
                {answer.issues.map((i) => (
                  <tr key={`${i.code}-${i.severity}`} data-issue-code={i.code}>
                    <td>{titles.get(i.code)?.[lang] ?? i.code}</td>
                    <td>
                      <code>{i.code}</code>
                    </td>
                    <td>
                      <span className={`badge status-${i.severity}`}>{t(`severity.${i.severity}`)}</span>
                    </td>
                    <td className="num">{i.cards}</td>
                    <td className="num">{i.students}</td>
                    <td className="num">{i.staff}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
          <JournalsView token={token} code={code} onFailure={onFailure} />
        </>
      )}
    </section>
  );
}
