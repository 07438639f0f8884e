import { useEffect, useState } from 'react';
import type { SchoolJournalsAnswer } from '../../../core/overview/journal-overview';
import { useText } from './dashboard-language';
import { CallError, fetchSchoolJournals, type CallFailure } from './overview-client';

/** A share ("0.93") as a percentage; a dash when there is nothing to count. */
function percent(share: string | null): string {
  return share === null ? '—' : `${Math.round(Number(share) * 100)}%`;
}

/** The school's journals per period, in counts: lessons and topics, attendance, late entries, mean grades by grade level. */
export function JournalsView({ token, code, onFailure }: { token: string; code: string; onFailure: (failure: CallFailure) => void }) {
  const t = useText();
  const [answer, setAnswer] = useState<SchoolJournalsAnswer | null>(null);
  const [failed, setFailed] = useState(false);

  useEffect(() => {
    setAnswer(null);
    setFailed(false);
    fetchSchoolJournals(token, code).then(setAnswer, (err: unknown) => {
      if (err instanceof CallError && err.failure.kind === 'session-ended') onFailure(err.failure);
      else setFailed(true);
    });
  }, [token, code, onFailure]);

  return (
    <section className="journals" aria-labelledby="journals-title">
      <h3 id="journals-title">{t('journalsTitle')}</h3>
      {failed && (
        <p className="error" role="alert">
          {t('journalsFailed')}
        </p>
      )}
      {!answer && !failed && <p className="loading">{t('loading')}</p>}
      {answer && answer.periods.length === 0 && <p className="empty">{t('journalsNone')}</p>}
      {answer && answer.periods.length > 0 && (
        <table className="journal-counts">
          <thead>
            <tr>
              <th>{t('journalsPeriod')}</th>
              <th className="num">{t('journalsLessons')}</th>
              <th className="num">{t('journalsTopics')}</th>
              <th className="num">{t('journalsAttendance')}</th>
              <th className="num">{t('journalsMissed')}</th>
              <th className="num">{t('journalsLate')}</th>
              <th>{t('journalsGrades')}</th>
            </tr>
          </thead>
          <tbody>
            {answer.periods.map((p) => (
              <tr key={`${p.academicYear}-${p.number}`} data-period={`${p.academicYear}-${p.number}`}>
                <td>
                  {p.name} {p.academicYear}
                  {p.closed && <span className="badge status-verified">{t('journalsClosed')}</span>}
                </td>
                <td className="num">{p.lessonsHeld}</td>
                <td className="num">{percent(p.topicShare)}</td>
                <td className="num">{percent(p.attendance.rate)}</td>
                <td className="num">{t('journalsMissedCounts', { absent: p.attendance.absent, excused: p.attendance.excused, late: p.attendance.late })}</td>
                <td className="num">{p.lateEntries.topics + p.lateEntries.marks}</td>
                <td>{p.grades.length === 0 ? '—' : p.grades.map((g) => t('journalsGradeMean', { grade: g.grade, mean: g.mean })).join(' · ')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
