// The proposal form's 联名 section for deputies: the chosen co-proposers, and a search of the
// deputies' directory to add more (never oneself).
import { createSignal, For, Show } from 'solid-js';
import { TextField } from '../app/fields';
import { t } from '../app/i18n';
import { createLoader } from '../app/loader';
import { session } from '../app/session';
import type { ProposalFormState, SetProposalForm } from './proposal-form-state';
import type { ProblemErrors } from './problems';
import type { DeputyDirectoryItem } from '@contract';
import { deputyDirectory } from './proposals';

export function ProposalCoProposers(props: { form: ProposalFormState; setForm: SetProposalForm; errors: ProblemErrors }) {
  const [coQuery, setCoQuery] = createSignal('');
  const coMatches = createLoader(coQuery, (q) => (q.trim() ? deputyDirectory.find(q.trim()) : Promise.resolve([] as DeputyDirectoryItem[])));
  const me = () => session.state.account?.deputyId;
  const addCo = (d: DeputyDirectoryItem) => {
    if (d.id === me() || props.form.coProposers.some((x) => x.id === d.id)) return;
    props.setForm('coProposers', (list) => [...list, d]);
  };

  return (
    <section class="card form-section">
      <h2 class="card-title">{t('sol.form.jointSection')}</h2>
      <p class="field-hint">{t('sol.form.jointHint')}</p>
      <Show when={props.form.coProposers.length} fallback={<p class="muted">{t('sol.form.jointNone')}</p>}>
        <ul class="chips" aria-label={t('sol.form.jointChosen')}>
          <For each={props.form.coProposers}>
            {(d) => (
              <li class="chip">
                <span>
                  {d.name}
                  <Show when={d.delegationName}>
                    <span class="muted">（{d.delegationName}）</span>
                  </Show>
                </span>
                <button
                  type="button"
                  class="chip-remove"
                  aria-label={t('sol.form.jointRemove', { name: d.name })}
                  onClick={() => props.setForm('coProposers', (list) => list.filter((x) => x.id !== d.id))}
                >
                  ×
                </button>
              </li>
            )}
          </For>
        </ul>
      </Show>
      <TextField
        type="search"
        label={t('sol.form.jointSearch')}
        placeholder={t('sol.form.jointSearchPlaceholder')}
        value={coQuery()}
        onInput={setCoQuery}
        error={props.errors.field('coProposerDeputyIds')}
      />
      <Show when={coQuery().trim() && coMatches.data()}>
        <ul class="pick-list" aria-label={t('sol.form.jointMatches')}>
          <For each={(coMatches.data() ?? []).filter((d) => d.id !== me())} fallback={<li class="muted">{t('sol.form.jointNoMatch')}</li>}>
            {(d) => (
              <li>
                <span>
                  {d.name}
                  <span class="muted">（{d.delegationName ?? ''}）</span>
                </span>
                <button
                  type="button"
                  class="btn btn-small"
                  disabled={props.form.coProposers.some((x) => x.id === d.id)}
                  aria-label={t('sol.form.jointAddLabel', { name: d.name })}
                  onClick={() => addCo(d)}
                >
                  {t('sol.form.jointAdd')}
                </button>
              </li>
            )}
          </For>
        </ul>
      </Show>
    </section>
  );
}
