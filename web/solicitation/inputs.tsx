// Form fields the shared ones (../app/fields.tsx) do not cover: any input type (dates, amounts)
// with a unit after it, check boxes and radio groups; same classes, labels and error wiring.
import { createUniqueId, For, Show, type JSX } from 'solid-js';
import { describedBy, Frame as FieldFrame, type FieldFrame as FieldFrameProps } from '../app/fields';
import { t } from '../app/i18n';

type Frame = FieldFrameProps;

export function InputField(props: Frame & {
  value: string;
  onInput: (value: string) => void;
  type?: string;
  inputMode?: 'text' | 'decimal' | 'numeric' | 'tel' | 'search' | 'email';
  /** A unit shown after the box, e.g. 万元. */
  suffix?: string;
  maxLength?: number;
  min?: string;
  max?: string;
  placeholder?: string;
  autocomplete?: string;
  name?: string;
}) {
  const id = createUniqueId();
  const input = (
    <input
      id={id}
      class="input"
      type={props.type ?? 'text'}
      name={props.name}
      value={props.value}
      inputMode={props.inputMode}
      maxLength={props.maxLength}
      min={props.min}
      max={props.max}
      placeholder={props.placeholder}
      autocomplete={props.autocomplete ?? 'off'}
      aria-invalid={props.error ? 'true' : undefined}
      aria-describedby={describedBy(id, props)}
      onInput={(e) => props.onInput(e.currentTarget.value)}
    />
  );
  return (
    <FieldFrame {...props} id={id}>
      <Show when={props.suffix} fallback={input}>
        <div class="input-unit">
          {input}
          <span class="input-unit-label" aria-hidden="true">{props.suffix}</span>
        </div>
      </Show>
    </FieldFrame>
  );
}

export function CheckboxField(props: { label: string; hint?: string; checked: boolean; onChange: (checked: boolean) => void; error?: string }) {
  const id = createUniqueId();
  return (
    <div class="field field-check" classList={{ 'field-invalid': !!props.error }}>
      <label class="check" for={id}>
        <input id={id} type="checkbox" checked={props.checked} aria-describedby={describedBy(id, props)}
          onChange={(e) => props.onChange(e.currentTarget.checked)} />
        <span>{props.label}</span>
      </label>
      <Show when={props.hint && !props.error}><p class="field-hint" id={`${id}-hint`}>{props.hint}</p></Show>
      <Show when={props.error}><p class="field-error" id={`${id}-error`}>{props.error}</p></Show>
    </div>
  );
}

export function RadioGroup<T extends string>(props: {
  legend: string;
  value: T | '';
  options: { value: T; label: string; hint?: string }[];
  onChange: (value: T) => void;
  error?: string;
  name?: string;
}) {
  const name = props.name ?? createUniqueId();
  return (
    <fieldset class="fieldset fieldset-plain radio-group" classList={{ 'field-invalid': !!props.error }}>
      <legend class="field-label">{props.legend}</legend>
      <div class="radio-options">
        <For each={props.options}>
          {(o) => (
            <label class="radio" classList={{ 'radio-checked': props.value === o.value }}>
              <input type="radio" name={name} value={o.value} checked={props.value === o.value} onChange={() => props.onChange(o.value)} />
              <span>
                <span class="radio-label">{o.label}</span>
                <Show when={o.hint}><span class="radio-hint">{o.hint}</span></Show>
              </span>
            </label>
          )}
        </For>
      </div>
      <Show when={props.error}><p class="field-error">{props.error}</p></Show>
    </fieldset>
  );
}
