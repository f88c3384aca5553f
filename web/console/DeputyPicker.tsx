// Choose one active deputy from a roster that may hold thousands: type part of a name or seat,
// then pick from the matches.
import { createSignal, For, Show, createUniqueId } from 'solid-js';
import { createLoader } from '../app/loader';
import { t } from '../app/i18n';
import { deputiesApi, type Deputy } from './deputies';

export function DeputyPicker(props: { label: string; value: string; onChange: (id: string) => void; error?: string; allowNone?: boolean }) {
  const [q, setQ] = createSignal('');
  const matches = createLoader(q, (text) => deputiesApi.find(text.trim()));
  const searchId = createUniqueId();
  const listId = createUniqueId();
  const describe = (d: Deputy) => `${d.name}（${d.seatNo}，${d.delegationName ?? ''}）`;
  return (
    <fieldset class="fieldset fieldset-plain" classList={{ 'field-invalid': !!props.error }}>
      <legend class="field-label">{props.label}</legend>
      <div class="field-row">
        <div class="field">
          <label class="field-label field-label-sub" for={searchId}>
            {t('accounts.deputySearch')}
          </label>
          <input
            id={searchId}
            class="input"
            type="search"
            placeholder={t('accounts.deputySearchPlaceholder')}
            value={q()}
            onInput={(e) => setQ(e.currentTarget.value)}
          />
        </div>
        <div class="field">
          <label class="field-label field-label-sub" for={listId}>
            {t('accounts.chooseDeputy')}
          </label>
          <select
            id={listId}
            class="input select"
            aria-invalid={props.error ? 'true' : undefined}
            onChange={(e) => props.onChange(e.currentTarget.value)}
          >
            <option value="" selected={props.value === ''}>
              {props.allowNone ? t('accounts.noDeputy') : t('accounts.chooseDeputy')}
            </option>
            <For each={matches.data() ?? []}>
              {(d) => (
                <option value={d.id} selected={d.id === props.value}>
                  {describe(d)}
                </option>
              )}
            </For>
          </select>
        </div>
      </div>
      <Show when={props.error}>
        <p class="field-error">{props.error}</p>
      </Show>
    </fieldset>
  );
}
