// Labelled form fields with their hint and error message wired for screen readers.
import { createUniqueId, For, Show, type JSX } from 'solid-js';
import { t } from './i18n';

export interface FieldFrame {
  label: string;
  hint?: string;
  error?: string;
  optional?: boolean;
  class?: string;
}

/** The label, hint and error around any control; shared by every form in the app. */
export function Frame(props: FieldFrame & { id: string; children: JSX.Element }) {
  return (
    <div class={`field ${props.class ?? ''}`} classList={{ 'field-invalid': !!props.error }}>
      <label class="field-label" for={props.id}>
        {props.label}
        <Show when={props.optional}>
          <span class="field-optional">（{t('common.optional')}）</span>
        </Show>
      </label>
      {props.children}
      <Show when={props.hint && !props.error}>
        <p class="field-hint" id={`${props.id}-hint`}>
          {props.hint}
        </p>
      </Show>
      <Show when={props.error}>
        <p class="field-error" id={`${props.id}-error`}>
          {props.error}
        </p>
      </Show>
    </div>
  );
}

export function describedBy(id: string, p: FieldFrame) {
  return p.error ? `${id}-error` : p.hint ? `${id}-hint` : undefined;
}

export function TextField(
  props: FieldFrame & {
    value: string;
    onInput: (value: string) => void;
    type?: 'text' | 'password' | 'search' | 'tel' | 'number';
    name?: string;
    autocomplete?: string;
    placeholder?: string;
    maxLength?: number;
    inputMode?: 'text' | 'numeric' | 'tel' | 'search';
    autofocus?: boolean;
  },
) {
  const id = createUniqueId();
  return (
    <Frame {...props} id={id}>
      <input
        id={id}
        class="input"
        type={props.type ?? 'text'}
        name={props.name}
        value={props.value}
        autocomplete={props.autocomplete ?? 'off'}
        placeholder={props.placeholder}
        maxLength={props.maxLength}
        inputMode={props.inputMode}
        autofocus={props.autofocus}
        aria-invalid={props.error ? 'true' : undefined}
        aria-describedby={describedBy(id, props)}
        onInput={(e) => props.onInput(e.currentTarget.value)}
      />
    </Frame>
  );
}

export function TextAreaField(
  props: FieldFrame & { value: string; onInput: (value: string) => void; name?: string; maxLength?: number; rows?: number },
) {
  const id = createUniqueId();
  return (
    <Frame {...props} id={id}>
      <textarea
        id={id}
        class="input textarea"
        name={props.name}
        rows={props.rows ?? 3}
        maxLength={props.maxLength}
        value={props.value}
        aria-invalid={props.error ? 'true' : undefined}
        aria-describedby={describedBy(id, props)}
        onInput={(e) => props.onInput(e.currentTarget.value)}
      />
    </Frame>
  );
}

export interface Option {
  value: string;
  label: string;
  disabled?: boolean;
}

export function SelectField(
  props: FieldFrame & { value: string; onChange: (value: string) => void; options: Option[]; name?: string; placeholder?: string },
) {
  const id = createUniqueId();
  return (
    <Frame {...props} id={id}>
      <select
        id={id}
        class="input select"
        name={props.name}
        aria-invalid={props.error ? 'true' : undefined}
        aria-describedby={describedBy(id, props)}
        onChange={(e) => props.onChange(e.currentTarget.value)}
      >
        <Show when={props.placeholder !== undefined}>
          <option value="" selected={props.value === ''}>
            {props.placeholder}
          </option>
        </Show>
        <For each={props.options}>
          {(o) => (
            <option value={o.value} disabled={o.disabled} selected={o.value === props.value}>
              {o.label}
            </option>
          )}
        </For>
      </select>
    </Frame>
  );
}

/** The form-level message (what no single field explains), announced when it appears. */
export function FormMessage(props: { text: string }) {
  return (
    <Show when={props.text}>
      <p class="form-message" role="alert">
        {props.text}
      </p>
    </Show>
  );
}
