// Form fields the shared ones (../app/fields.tsx) do not cover: any input type (dates, amounts)
// with a unit after it, check boxes and radio groups; same classes, labels and error wiring.
import { createUniqueId, For, Index, Show, untrack } from 'solid-js';
import { describedBy, Frame as FieldFrame, TextField, type FieldFrame as FieldFrameProps } from '../app/fields';
import { t } from '../app/i18n';

type Frame = FieldFrameProps;

export function InputField(
  props: Frame & {
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
  },
) {
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
          <span class="input-unit-label" aria-hidden="true">
            {props.suffix}
          </span>
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
        <input
          id={id}
          type="checkbox"
          checked={props.checked}
          aria-describedby={describedBy(id, props)}
          onChange={(e) => props.onChange(e.currentTarget.checked)}
        />
        <span>{props.label}</span>
      </label>
      <Show when={props.hint && !props.error}>
        <p class="field-hint" id={`${id}-hint`}>
          {props.hint}
        </p>
      </Show>
      <Show when={props.error}>
        <p class="field-error" id={`${id}-error`}>
          {props.error}
        </p>
      </Show>
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
  const name = untrack(() => props.name) ?? createUniqueId();
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
                <Show when={o.hint}>
                  <span class="radio-hint">{o.hint}</span>
                </Show>
              </span>
            </label>
          )}
        </For>
      </div>
      <Show when={props.error}>
        <p class="field-error">{props.error}</p>
      </Show>
    </fieldset>
  );
}

export interface TargetRow {
  indicator: string;
  value: string;
  unit: string;
}
export const MAX_TARGETS = 20;

/**
 * 可量化目标: rows of indicator, value and unit, with add and remove (at least one row stays).
 * The proposal form and a department's adjustment request both use it.
 */
export function TargetsEditor(props: {
  legend: string;
  hint?: string;
  targets: TargetRow[];
  error?: string;
  onEdit: (index: number, key: keyof TargetRow, value: string) => void;
  onRemove: (index: number) => void;
  onAdd: () => void;
}) {
  return (
    <fieldset class="fieldset targets-set" classList={{ 'field-invalid': !!props.error }}>
      <legend class="field-label">{props.legend}</legend>
      <Show when={props.hint}>
        <p class="field-hint">{props.hint}</p>
      </Show>
      <Index each={props.targets}>
        {(row, i) => (
          <div class="target-row">
            <TextField
              label={t('sol.form.targetIndicator', { n: i + 1 })}
              maxLength={60}
              value={row().indicator}
              onInput={(v) => props.onEdit(i, 'indicator', v)}
            />
            <InputField
              label={t('sol.form.targetValue')}
              inputMode="decimal"
              maxLength={17}
              value={row().value}
              onInput={(v) => props.onEdit(i, 'value', v)}
            />
            <TextField label={t('sol.form.targetUnit')} maxLength={20} value={row().unit} onInput={(v) => props.onEdit(i, 'unit', v)} />
            <Show when={props.targets.length > 1}>
              <button
                type="button"
                class="btn btn-quiet btn-small target-remove"
                aria-label={t('sol.form.targetRemoveLabel', { n: i + 1 })}
                onClick={() => props.onRemove(i)}
              >
                {t('sol.form.remove')}
              </button>
            </Show>
          </div>
        )}
      </Index>
      <Show when={props.error}>
        <p class="field-error">{props.error}</p>
      </Show>
      <button type="button" class="btn btn-small" disabled={props.targets.length >= MAX_TARGETS} onClick={() => props.onAdd()}>
        {t('sol.form.targetAdd')}
      </button>
    </fieldset>
  );
}
