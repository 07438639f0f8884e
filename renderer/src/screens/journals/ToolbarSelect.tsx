export interface ToolbarOption {
  value: string;
  label: string;
  disabled?: boolean;
}

/** A labelled filter of a report's toolbar: class, teacher, period, span. */
export function ToolbarSelect({ label, value, options, onChange, testId }: { label: string; value: string; options: readonly ToolbarOption[]; onChange(value: string): void; testId: string }) {
  return (
    <label className="toolbar__filter">
      <span className="toolbar__label">{label}</span>
      <select className="input" value={value} onChange={(e) => onChange(e.target.value)} data-testid={testId}>
        {options.map((o) => (
          <option key={o.value} value={o.value} disabled={o.disabled}>
            {o.label}
          </option>
        ))}
      </select>
    </label>
  );
}
