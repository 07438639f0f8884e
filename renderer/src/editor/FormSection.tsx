import type { ReactNode } from 'react';

/** One section of a card form; the section nav scrolls to it by `id`. */
export function FormSection({ id, title, children, actions }: { id: string; title: string; children: ReactNode; actions?: ReactNode }) {
  return (
    <section className="form-section" id={`section-${id}`} aria-labelledby={`section-${id}-title`}>
      <div className="form-section__head">
        <h2 className="form-section__title" id={`section-${id}-title`}>
          {title}
        </h2>
        {actions}
      </div>
      {children}
    </section>
  );
}
