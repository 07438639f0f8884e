import { useTranslation } from 'react-i18next';
import { useTask } from '../../api/use-action';
import { CallErrorBanner } from '../../components/CallErrorBanner';
import { JobProgressBar } from '../../components/JobProgressBar';
import { saveBase64File, xlsxType } from '../../files/save-file';
import { todayIso } from '../../format/dates';
import { useNavigation } from '../../state/navigation-store';
import { useProgress, useProgressStore } from '../../state/progress-store';
import { useCan } from '../../state/use-can';
import { cardFileMethods, exportOf, type CardKind } from './card-file-methods';
import { phaseText } from './phase-text';

/** Beside a card list's title: the Excel import (for who may write cards) and an export of the whole list. */
export function CardFileActions({ kind }: { kind: CardKind }) {
  const { t } = useTranslation();
  const navigate = useNavigation((s) => s.navigate);
  const methods = cardFileMethods[kind];
  const canImport = useCan(methods.import);
  const canExport = useCan(methods.export);
  const progress = useProgress(methods.export);
  const exporting = useTask(async () => {
    useProgressStore.getState().clear(methods.export);
    const { fileBase64 } = await exportOf(kind);
    saveBase64File(`${t(`cardFiles.exportFile.${kind}`)}-${todayIso()}.xlsx`, fileBase64, xlsxType);
  });
  return (
    <div className="card-file-actions">
      {canImport && (
        <button type="button" className="button" onClick={() => navigate({ screen: kind === 'student' ? 'studentImport' : 'staffImport' })} data-testid="cards-import">
          {t('cardFiles.import')}
        </button>
      )}
      {canExport && (
        <button type="button" className="button" onClick={() => void exporting.run()} disabled={exporting.running} data-testid="cards-export">
          {exporting.running ? t('cardFiles.exporting') : t('cardFiles.export')}
        </button>
      )}
      {exporting.running && (
        <JobProgressBar progress={progress} label={t('cardFiles.progressLabel')} text={phaseText(t, progress)} note={t('cardFiles.progressNote')} testId="cards-export-progress" />
      )}
      {exporting.error && <CallErrorBanner error={exporting.error} onRetry={() => void exporting.run()} />}
    </div>
  );
}
