import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MethodOutput } from '../../../../core/api/contract';
import { api } from '../../api/api';
import { useAction, useTask } from '../../api/use-action';
import { CallErrorBanner } from '../../components/CallErrorBanner';
import { base64Of } from '../../files/read-file';
import { saveBase64File, xlsxType } from '../../files/save-file';
import { errorText } from '../../i18n/error-text';
import { useCan } from '../../state/use-can';

type ImportOutcome = MethodOutput<'journalFiles.import'>;

/** What an import did: the cells saved, or each bad cell by row and column and nothing saved. */
function Outcome({ outcome }: { outcome: ImportOutcome }) {
  const { t } = useTranslation();
  if (outcome.problems.length === 0) {
    return (
      <div className="banner banner--info" role="status" data-testid="journal-import-saved">
        {t('journalControl.excel.saved', { count: outcome.saved })}
      </div>
    );
  }
  return (
    <div className="banner banner--error" role="alert" data-testid="journal-import-problems">
      <p>{t('journalControl.excel.problems')}</p>
      <ul>
        {outcome.problems.map((problem, i) => (
          <li key={i}>{t('journalControl.excel.cell', { row: problem.params?.row, column: problem.params?.column, reason: errorText(t, problem) })}</li>
        ))}
      </ul>
      {outcome.moreProblems > 0 && <p>{t('journalControl.excel.more', { count: outcome.moreProblems })}</p>}
    </div>
  );
}

/**
 * A journal of a period in Excel: exported with its marks, attendance and grades; marks imported back from the same
 * layout, all or none, each bad cell named by its row and column.
 */
export function JournalExcel({ assignmentId, periodId, periodName, onImported }: { assignmentId: string; periodId: string; periodName: string; onImported(): void }) {
  const { t } = useTranslation();
  const mayWrite = useCan('journalFiles.import');
  const picker = useRef<HTMLInputElement>(null);
  const [outcome, setOutcome] = useState<ImportOutcome | null>(null);
  const exporting = useTask(async () => {
    const file = await api.call('journalFiles.export', { assignmentId, periodId });
    saveBase64File(file.fileName, file.fileBase64, xlsxType);
  });
  const importing = useAction('journalFiles.import');

  return (
    <div className="jr-excel" data-testid="journal-excel">
      <button type="button" className="button button--small" disabled={exporting.running} onClick={() => void exporting.run()} data-testid="journal-export">
        {t('journalControl.excel.export')} ({periodName})
      </button>
      {mayWrite && (
        <>
          <button type="button" className="button button--small" disabled={importing.running} onClick={() => picker.current?.click()} data-testid="journal-import">
            {t('journalControl.excel.import')}
          </button>
          <input
            ref={picker}
            type="file"
            hidden
            accept=".xlsx"
            data-testid="journal-import-file"
            onChange={async (e) => {
              const file = e.target.files?.[0];
              e.target.value = '';
              if (!file) return;
              setOutcome(null);
              const answer = await importing.run({ assignmentId, periodId, fileBase64: await base64Of(file) });
              setOutcome(answer);
              if (answer && answer.saved > 0) onImported();
            }}
          />
        </>
      )}
      {importing.error && <CallErrorBanner error={importing.error} testId="journal-import-error" />}
      {exporting.error && <CallErrorBanner error={exporting.error} />}
      {outcome && <Outcome outcome={outcome} />}
    </div>
  );
}
