import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { MethodOutput } from '../../../../core/api/contract';
import { api } from '../../api/api';
import { useTask } from '../../api/use-action';
import { CallErrorBanner } from '../../components/CallErrorBanner';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { JobProgressBar } from '../../components/JobProgressBar';
import { useProgress } from '../../state/progress-store';
import { base64Of } from './SignForm';

function ArchiveProgressBar() {
  const { t } = useTranslation();
  const progress = useProgress('archive.build');
  return (
    <JobProgressBar
      progress={progress}
      label={t('documents.archive.progressLabel')}
      text={t('documents.archive.building', { done: progress?.done ?? 0, total: progress?.total ?? 0 })}
      note={t('documents.archive.progressNote')}
      testId="archive-progress"
      announce
    />
  );
}

/**
 * The year's archive (DESIGN §8, "by 30 June"): every ledger, personal file, the load report, the orders register and
 * the alphabet book printed into a folder with manifest.json, each PDF signed when the director gives the key file and
 * its passphrase (used for this one run and dropped). Asks first: every document goes into the register for good.
 */
export function ArchiveForm({ yearId, yearLabel, onBuilt }: { yearId: string; yearLabel: string; onBuilt(): void }) {
  const { t } = useTranslation();
  const [file, setFile] = useState<File | null>(null);
  const [passphrase, setPassphrase] = useState('');
  const [confirming, setConfirming] = useState(false);
  const [built, setBuilt] = useState<MethodOutput<'archive.build'> | null>(null);
  const building = useTask(async (key: File | null, typed: string) => {
    try {
      const certificate = key ? { p12Base64: await base64Of(key), passphrase: typed } : undefined;
      return await api.call('archive.build', { academicYearId: yearId, ...(certificate ? { certificate } : {}) });
    } finally {
      setPassphrase('');
    }
  });

  const submit = (e: FormEvent) => {
    e.preventDefault();
    setConfirming(true);
  };
  const build = async () => {
    setConfirming(false);
    setBuilt(null);
    const result = await building.run(file, passphrase);
    if (result) {
      setBuilt(result);
      onBuilt();
    }
  };

  return (
    <form className="doc-sign doc-archive" onSubmit={submit} data-testid="archive-form" aria-label={t('documents.archive.title', { year: yearLabel })}>
      <h2 className="doc-sign__title">{t('documents.archive.title', { year: yearLabel })}</h2>
      <p className="muted">{t('documents.archive.intro')}</p>
      <label className="field">
        <span className="field__label">{t('documents.archive.certificate')}</span>
        <input type="file" accept=".p12,.pfx,application/x-pkcs12" onChange={(e) => setFile(e.target.files?.[0] ?? null)} name="archive-certificate" />
      </label>
      {file && (
        <label className="field">
          <span className="field__label">{t('documents.passphrase')}</span>
          <input type="password" className="input" autoComplete="off" value={passphrase} onChange={(e) => setPassphrase(e.target.value)} name="archive-passphrase" />
        </label>
      )}
      {building.running && <ArchiveProgressBar />}
      {building.error && <CallErrorBanner error={building.error} />}
      {built && (
        <p role="status" data-testid="archive-built">
          {t('documents.archive.built', { count: built.manifest.documents.length, folder: built.folder })}
        </p>
      )}
      <div className="doc-sign__actions">
        <button type="submit" className="button button--primary" disabled={building.running || !yearId} data-testid="archive-build">
          {building.running ? t('documents.archive.buildingShort') : t('documents.archive.build')}
        </button>
      </div>
      {confirming && (
        <ConfirmDialog
          title={t('documents.archive.confirmTitle', { year: yearLabel })}
          body={t(file ? 'documents.archive.confirmSigned' : 'documents.archive.confirmBody')}
          confirmLabel={t('documents.archive.build')}
          cancelLabel={t('common.cancel')}
          testId="archive-confirm"
          onConfirm={() => void build()}
          onCancel={() => setConfirming(false)}
        />
      )}
    </form>
  );
}
