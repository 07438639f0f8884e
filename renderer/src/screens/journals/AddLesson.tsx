import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAction } from '../../api/use-action';
import { CallErrorBanner } from '../../components/CallErrorBanner';
import { todayIso } from '../../format/dates';

/**
 * Adds a lesson the timetable did not lay out (a make-up lesson, a substitution, a day the timetable has none): the
 * day (today unless changed) and the lesson's number. The grid shows it after the save.
 */
export function AddLesson({ assignmentId, onAdded }: { assignmentId: string; onAdded(lessonId: string, date: string): void }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const [date, setDate] = useState(todayIso);
  const [lessonNumber, setLessonNumber] = useState(1);
  const add = useAction('lessons.add');
  if (!open) {
    return (
      <button type="button" className="button button--small" onClick={() => setOpen(true)} data-testid="lesson-add-open">
        {t('journalControl.lessonAdd.open')}
      </button>
    );
  }
  return (
    <form
      className="jr-add-lesson"
      data-testid="lesson-add"
      onSubmit={async (e) => {
        e.preventDefault();
        const added = await add.run({ assignmentId, date, lessonNumber });
        if (added) {
          setOpen(false);
          onAdded(added.lesson.id, added.lesson.date);
        }
      }}
    >
      <label className="field">
        <span className="field__label">{t('journalControl.lessonAdd.date')}</span>
        <input className="input" type="date" value={date} required onChange={(e) => setDate(e.target.value)} name="date" />
      </label>
      <label className="field">
        <span className="field__label">{t('journalControl.lessonAdd.number')}</span>
        <select className="input" value={lessonNumber} onChange={(e) => setLessonNumber(Number(e.target.value))} name="lessonNumber">
          {Array.from({ length: 13 }, (_, n) => (
            <option key={n} value={n}>
              {n}
            </option>
          ))}
        </select>
      </label>
      <button type="submit" className="button button--small button--primary" disabled={add.running}>
        {t('journalControl.lessonAdd.add')}
      </button>
      <button type="button" className="button button--small" onClick={() => setOpen(false)}>
        {t('journalControl.completeness.cancel')}
      </button>
      {add.error && <CallErrorBanner error={add.error} />}
    </form>
  );
}
