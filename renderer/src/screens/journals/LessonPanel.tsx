import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Lesson, LessonKind } from '../../../../core/journals/journal-entities';
import { useAction } from '../../api/use-action';
import { CallErrorBanner } from '../../components/CallErrorBanner';
import { showDate } from '../../format/dates';

/** The topic, homework and kind of the lesson whose column the cursor is in. */
export function LessonPanel({ lesson, locked, onSaved }: { lesson: Lesson; locked: boolean; onSaved: () => void }) {
  const { t } = useTranslation();
  const [topic, setTopic] = useState(lesson.topic);
  const [homework, setHomework] = useState(lesson.homework);
  const [kind, setKind] = useState<LessonKind>(lesson.kind);
  const [saved, setSaved] = useState(false);
  const update = useAction('lessons.update');
  const readOnly = locked || lesson.cancelled;

  const save = async () => {
    setSaved(false);
    if (await update.run({ id: lesson.id, topic, homework, kind })) {
      setSaved(true);
      onSaved();
    }
  };

  return (
    <form
      className="panel jr-lesson"
      data-testid="lesson-panel"
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
    >
      <h2 className="jr-lesson__title">{t('journals.lesson.title', { date: showDate(lesson.date), number: lesson.lessonNumber })}</h2>
      {update.error && <CallErrorBanner error={update.error} />}
      <div className="jr-lesson__fields">
        <label className="field jr-lesson__topic">
          <span className="field__label">{t('journals.lesson.topic')}</span>
          <input className="input" value={topic} maxLength={500} disabled={readOnly} onChange={(e) => setTopic(e.target.value)} name="topic" />
        </label>
        <label className="field jr-lesson__homework">
          <span className="field__label">{t('journals.lesson.homework')}</span>
          <input className="input" value={homework} maxLength={1000} disabled={readOnly} onChange={(e) => setHomework(e.target.value)} name="homework" />
        </label>
        <label className="field">
          <span className="field__label">{t('journals.lesson.kind')}</span>
          <select className="input" value={kind} disabled={readOnly} onChange={(e) => setKind(e.target.value as LessonKind)} name="kind">
            <option value="regular">{t('journals.lesson.kinds.regular')}</option>
            <option value="control">{t('journals.lesson.kinds.control')}</option>
          </select>
        </label>
        <button type="submit" className="button button--primary" disabled={readOnly || update.running}>
          {t('journals.lesson.save')}
        </button>
      </div>
      <p className="muted" role="status">
        {saved ? t('journals.lesson.saved') : ''}
        {lesson.topicTimeliness && lesson.topicTimeliness !== 'on_time' ? ` ${t('journals.lesson.late')}` : ''}
      </p>
    </form>
  );
}
