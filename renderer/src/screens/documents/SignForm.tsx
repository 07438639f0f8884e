import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { DocumentEntry } from '../../../../core/archive/document-entry';
import { api } from '../../api/api';
import { CallError } from '../../api/client';
import { useTask } from '../../api/use-action';
import { CallErrorBanner } from '../../components/CallErrorBanner';
import { savePrintout } from '../../files/save-file';

/** A chosen key file as base64, the form the backend takes it in. */
export function base64Of(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result).replace(/^data:[^,]*,/, ''));
    reader.onerror = () => reject(new CallError('CERTIFICATE_UNREADABLE', { reason: file.name }));
    reader.readAsDataURL(file);
  });
}

/**
 * The director signs one registered document: chooses the PKCS#12 file and types its passphrase, which go to the
 * backend for this one call and are dropped from the form as soon as it answers.
 */
export function SignForm({ entry, onDone }: { entry: DocumentEntry; onDone(signed: DocumentEntry | null): void }) {
  const { t } = useTranslation();
  const [file, setFile] = useState<File | null>(null);
  const [passphrase, setPassphrase] = useState('');
  const signing = useTask(async (certificate: File, typed: string) => {
    try {
      const signed = await api.call('documents.sign', { id: entry.id, certificate: { p12Base64: await base64Of(certificate), passphrase: typed } });
      savePrintout(signed);
      return signed;
    } finally {
      setPassphrase('');
    }
  });
  const busy = signing.running;

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!file) return;
    const signed = await signing.run(file, passphrase);
    if (signed) onDone(signed.document);
  };

  return (
    <form className="doc-sign" onSubmit={(e) => void submit(e)} data-testid="sign-form" aria-label={t('documents.signTitle', { title: entry.title })}>
      <h2 className="doc-sign__title">{t('documents.signTitle', { title: entry.title })}</h2>
      <p className="muted">{t('documents.signIntro')}</p>
      <label className="field">
        <span className="field__label">{t('documents.certificate')}</span>
        <input type="file" accept=".p12,.pfx,application/x-pkcs12" onChange={(e) => setFile(e.target.files?.[0] ?? null)} name="certificate" required />
      </label>
      <label className="field">
        <span className="field__label">{t('documents.passphrase')}</span>
        <input type="password" className="input" autoComplete="off" value={passphrase} onChange={(e) => setPassphrase(e.target.value)} name="passphrase" />
      </label>
      {signing.error && <CallErrorBanner error={signing.error} />}
      <div className="doc-sign__actions">
        <button type="submit" className="button" disabled={busy || !file}>
          {busy ? t('documents.signing') : t('documents.sign')}
        </button>
        <button type="button" className="button button--quiet" onClick={() => onDone(null)} disabled={busy}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}
