import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import Markdown, { type Components } from 'react-markdown';
import { currentLanguage } from '../../i18n/i18n';
import { useNavigation, type Route } from '../../state/navigation-store';
import { helpImageOf, helpPageNamed, helpPageOfLink, helpPages, helpText, type HelpPage } from './help-pages';
import '../../styles/help.css';

/** A page of the user's guide, with the guide's contents beside it and the way back to the screen it was opened from. */
export function HelpScreen({ page: named, from }: { page: string; from: Exclude<Route, { screen: 'help' }> }) {
  const { t } = useTranslation();
  const navigate = useNavigation((s) => s.navigate);
  const page = helpPageNamed(named);
  const back = useRef<HTMLButtonElement>(null);
  const open = (to: HelpPage) => navigate({ screen: 'help', page: to, from });

  // Keyboard first: the way back has the focus, Esc takes it.
  useEffect(() => back.current?.focus(), [page]);

  // Links of the guide lead to its other pages; the guide has no other links, and nothing here leaves the app.
  const components: Components = {
    a: ({ href, children }) => {
      const target = helpPageOfLink(href);
      return target ? (
        <button type="button" className="ac-link" onClick={() => open(target)}>
          {children}
        </button>
      ) : (
        <span>{children}</span>
      );
    },
    // Only the guide's own screenshots are shown: nothing is loaded from elsewhere.
    img: ({ src, alt }) => {
      const url = helpImageOf(typeof src === 'string' ? src : undefined);
      return url ? <img className="help__image" src={url} alt={alt ?? ''} loading="lazy" /> : null;
    },
  };

  return (
    <div
      className="page-pad help"
      data-testid="help"
      data-page={page}
      onKeyDown={(e) => {
        if (e.key === 'Escape') navigate(from);
      }}
    >
      <button ref={back} type="button" className="button button--quiet button--small" onClick={() => navigate(from)} data-testid="help-back">
        ← {t('help.back')}
      </button>
      <div className="help__layout">
        <nav className="help__contents" aria-label={t('help.contents')}>
          <ul>
            {helpPages.map((p) => (
              <li key={p}>
                <button type="button" className="nav-link" aria-current={p === page ? 'page' : undefined} onClick={() => open(p)}>
                  {t(`help.pages.${p}`)}
                </button>
              </li>
            ))}
          </ul>
        </nav>
        <article className="help__page">
          <Markdown components={components}>{helpText(currentLanguage(), page)}</Markdown>
        </article>
      </div>
    </div>
  );
}
