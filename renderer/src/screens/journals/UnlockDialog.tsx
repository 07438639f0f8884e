import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { addDays } from '../../../../core/rules/calendar';
import { useAction } from '../../api/use-action';
import { FormDialog } from '../../components/FormDialog';
import { todayIso } from '../../format/dates';

interface UnlockDialogProps {
  periodId: string;
  classId: string;
  subjectId: string;
  onDone(): void;
  onCancel(): void;
}

/** The director opens one journal of a closed period for a while: the reason and the last day (at most 14 days on). */
export function UnlockDialog({ periodId, classId, subjectId, onDone, onCancel }: UnlockDialogProps) {
  const { t } = useTranslation();
  const today = todayIso();
  const [reason, setReason] = useState('');
  const [lastDay, setLastDay] = useState(addDays(today, 3));
  const grant = useAction('periods.grantUnlock');
  const submit = async () => {
    // Open through the whole last day: the unlock ends at the start of the day after it, the school's midnight.
    const until = new Date(`${addDays(lastDay, 1)}T00:00:00`).toISOString();
    if (await grant.run({ periodId, classId, subjectId, studentId: null, reason, until })) onDone();
  };
  return (
    <FormDialog
      title={t('journals.unlock.title')}
      testId="unlock-dialog"
      error={grant.error}
      submitLabel={t('journals.unlock.grant')}
      submitDisabled={reason.trim() === '' || grant.running}
      onSubmit={() => void submit()}
      onCancel={onCancel}
    >
      <p className="muted">{t('journals.unlock.intro')}</p>
      <label className="field">
        <span className="field__label">{t('journals.unlock.reason')}</span>
        <input className="input" value={reason} maxLength={500} autoFocus onChange={(e) => setReason(e.target.value)} name="reason" />
      </label>
      <label className="field">
        <span className="field__label">{t('journals.unlock.lastDay')}</span>
        <input className="input" type="date" value={lastDay} min={today} max={addDays(today, 13)} onChange={(e) => e.target.value && setLastDay(e.target.value)} name="lastDay" />
      </label>
    </FormDialog>
  );
}
