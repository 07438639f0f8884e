import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { showDate, storeTypedDate } from '../format/dates';
import { useEditorFields } from './editor-fields';
import { FieldIssues } from './field-issues';
import { fieldElementId } from './field-path';

interface FieldProps {
  /** Field path in the card; also the input's `name` and `data-field`, so issues and tests find it. */
  path: string;
  label: string;
  /** Required fields keep an empty string; optional ones become absent when cleared. */
  required?: boolean;
  hint?: string;
  /** Spans the whole row of the form grid. */
  wide?: boolean;
}

function useField(path: string) {
  const fields = useEditorFields();
  const issues = fields.issuesAt(path);
  const id = fieldElementId(path);
  return {
    fields,
    issues,
    id,
    invalid: issues.some((i) => i.severity === 'error'),
    describedBy: issues.length > 0 ? `${id}-issues` : undefined,
  };
}

function FieldFrame(props: FieldProps & { id: string; issues: ReturnType<typeof useField>['issues']; children: ReactNode }) {
  const { t } = useTranslation();
  return (
    <div className={props.wide ? 'field field--wide' : 'field'}>
      <label className="field__label" htmlFor={props.id}>
        {props.label}
        {props.required && (
          <span className="field__required" title={t('common.required')}>
            {' *'}
          </span>
        )}
      </label>
      {props.children}
      {props.hint && (
        <div className="field__hint" id={`${props.id}-hint`}>
          {props.hint}
        </div>
      )}
      <FieldIssues id={`${props.id}-issues`} issues={props.issues} />
    </div>
  );
}

function describedBy(f: ReturnType<typeof useField>, hint: string | undefined): string | undefined {
  const ids = [hint ? `${f.id}-hint` : undefined, f.describedBy].filter(Boolean);
  return ids.length > 0 ? ids.join(' ') : undefined;
}

export function TextField(props: FieldProps & { inputMode?: 'numeric' | 'tel' | 'email' | 'text'; autoFocus?: boolean }) {
  const f = useField(props.path);
  const value = f.fields.value(props.path);
  return (
    <FieldFrame {...props} id={f.id} issues={f.issues}>
      <input
        id={f.id}
        name={props.path}
        data-field={props.path}
        className="input"
        type="text"
        value={typeof value === 'string' ? value : ''}
        inputMode={props.inputMode}
        autoComplete="off"
        spellCheck={false}
        autoFocus={props.autoFocus}
        maxLength={200}
        aria-invalid={f.invalid}
        aria-required={props.required}
        aria-describedby={describedBy(f, props.hint)}
        onChange={(e) => f.fields.set(props.path, e.target.value === '' && !props.required ? undefined : e.target.value)}
      />
    </FieldFrame>
  );
}

export function TextAreaField(props: FieldProps) {
  const f = useField(props.path);
  const value = f.fields.value(props.path);
  return (
    <FieldFrame {...props} wide id={f.id} issues={f.issues}>
      <textarea
        id={f.id}
        name={props.path}
        data-field={props.path}
        className="input input--area"
        rows={3}
        value={typeof value === 'string' ? value : ''}
        maxLength={5000}
        aria-invalid={f.invalid}
        aria-describedby={describedBy(f, props.hint)}
        onChange={(e) => f.fields.set(props.path, e.target.value === '' ? undefined : e.target.value)}
      />
    </FieldFrame>
  );
}

/** A date typed as DD.MM.YYYY and stored as YYYY-MM-DD; what the user types stays as typed while they type. */
export function DateField(props: FieldProps) {
  const { t } = useTranslation();
  const f = useField(props.path);
  const stored = f.fields.value(props.path);
  const storedText = typeof stored === 'string' ? stored : '';
  const [typing, setTyping] = useState<string | null>(null);
  return (
    <FieldFrame {...props} id={f.id} issues={f.issues}>
      <input
        id={f.id}
        name={props.path}
        data-field={props.path}
        className="input input--date"
        type="text"
        inputMode="numeric"
        placeholder={t('fields.datePlaceholder')}
        autoComplete="off"
        maxLength={32}
        value={typing ?? showDate(storedText)}
        aria-invalid={f.invalid}
        aria-required={props.required}
        aria-describedby={describedBy(f, props.hint)}
        onFocus={() => setTyping(showDate(storedText))}
        onBlur={() => setTyping(null)}
        onChange={(e) => {
          setTyping(e.target.value);
          const next = storeTypedDate(e.target.value);
          f.fields.set(props.path, next === '' && !props.required ? undefined : next);
        }}
      />
    </FieldFrame>
  );
}

export interface Option {
  value: string;
  label: string;
}

/** A choice of codes; `emptyLabel` offers "not selected", stored as absent. */
export function SelectField(props: FieldProps & { options: Option[]; emptyLabel?: string }) {
  const f = useField(props.path);
  const value = f.fields.value(props.path);
  const current = value === undefined || value === null ? '' : String(value);
  return (
    <FieldFrame {...props} id={f.id} issues={f.issues}>
      <select
        id={f.id}
        name={props.path}
        data-field={props.path}
        className="input input--select"
        value={current}
        aria-invalid={f.invalid}
        aria-required={props.required}
        aria-describedby={describedBy(f, props.hint)}
        onChange={(e) => f.fields.set(props.path, e.target.value === '' ? undefined : e.target.value)}
      >
        {props.emptyLabel !== undefined && <option value="">{props.emptyLabel}</option>}
        {props.options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </FieldFrame>
  );
}

/** Several codes of a list (e.g. social status), stored as an array. */
export function CheckboxGroupField(props: { path: string; label: string; options: Option[] }) {
  const f = useField(props.path);
  const value = f.fields.value(props.path);
  const chosen = new Set(Array.isArray(value) ? value.map(String) : []);
  const toggle = (code: string, on: boolean) => {
    const next = props.options.map((o) => o.value).filter((v) => (v === code ? on : chosen.has(v)));
    f.fields.set(props.path, next);
  };
  return (
    <fieldset className="field field--wide checkbox-group" id={f.id} data-field={props.path} aria-describedby={f.describedBy}>
      <legend className="field__label">{props.label}</legend>
      <div className="checkbox-group__options">
        {props.options.map((o) => (
          <label key={o.value} className="checkbox">
            <input type="checkbox" name={props.path} value={o.value} checked={chosen.has(o.value)} onChange={(e) => toggle(o.value, e.target.checked)} />
            <span>{o.label}</span>
          </label>
        ))}
      </div>
      <FieldIssues id={`${f.id}-issues`} issues={f.issues} />
    </fieldset>
  );
}
