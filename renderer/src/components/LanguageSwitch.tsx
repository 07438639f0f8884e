import { useTranslation } from 'react-i18next';
import { switchLanguage, uiLanguages, type UiLanguage } from '../i18n/i18n';

const names: Record<UiLanguage, string> = { uk: 'Українська', en: 'English' };
const short: Record<UiLanguage, string> = { uk: 'УКР', en: 'ENG' };

/** The interface language; the choice is remembered on this computer. */
export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  return (
    <div className="lang-switch" role="group" aria-label={t('header.language')}>
      {uiLanguages.map((lng) => (
        <button
          key={lng}
          type="button"
          lang={lng}
          className="lang-switch__option"
          aria-pressed={i18n.language === lng}
          aria-label={names[lng]}
          title={names[lng]}
          data-lang={lng}
          onClick={() => void switchLanguage(lng)}
        >
          {short[lng]}
        </button>
      ))}
    </div>
  );
}
