import { useTranslation } from 'react-i18next';
import { TextField } from './card-fields';

/** The parts of an address (core addressSchema) under `path`, e.g. `registeredAddress.street`. */
export function AddressFields({ path }: { path: string }) {
  const { t } = useTranslation();
  return (
    <div className="form-grid">
      <TextField path={`${path}.postalCode`} label={t('fields.address.postalCode')} inputMode="numeric" />
      <TextField path={`${path}.region`} label={t('fields.address.region')} />
      <TextField path={`${path}.district`} label={t('fields.address.district')} />
      <TextField path={`${path}.settlement`} label={t('fields.address.settlement')} />
      <TextField path={`${path}.street`} label={t('fields.address.street')} />
      <TextField path={`${path}.house`} label={t('fields.address.house')} />
      <TextField path={`${path}.apartment`} label={t('fields.address.apartment')} />
    </div>
  );
}
