// Forming or changing a supervision group (监督小组): a name, one leader and members (active
// deputies, found by name or seat), and what it watches — named projects or every project of one
// category. Each save is a ledger entry.
import { createSignal, For, Show, untrack } from 'solid-js';
import { createStore } from 'solid-js/store';
import { api } from '../../app/api';
import { FormDialog } from '../../app/Dialog';
import { SelectField, TextField } from '../../app/fields';
import { t } from '../../app/i18n';
import { createProblemErrors } from '../../solicitation/problems';
import { RadioGroup } from '../../solicitation/inputs';
import { DeputyPicker } from '../DeputyPicker';
import type { GroupMember } from '@contract';
import { implementationApi, type GroupInput, type ProjectItem, type SupervisionGroup } from './implementation';

type Scope = 'projects' | 'category';

/** The picker answers with an id; the name comes from the roster. */
async function person(id: string): Promise<GroupMember> {
  const r = await api.get('/api/deputies/:id', { params: { id } });
  return { deputyId: r.deputy.id, name: r.deputy.name };
}

export function GroupDialog(props: {
  cycleId: string;
  group: SupervisionGroup | null;
  projects: ProjectItem[];
  categories: string[];
  onClose: () => void;
  onSaved: (g: SupervisionGroup) => void;
}) {
  const g = untrack(() => props.group);
  const [name, setName] = createSignal(g?.name ?? '');
  const [leader, setLeader] = createSignal<GroupMember | null>(g?.leader ?? null);
  const [members, setMembers] = createStore<GroupMember[]>(g ? [...g.members] : []);
  const [scope, setScope] = createSignal<Scope>(g?.category ? 'category' : 'projects');
  const [projectIds, setProjectIds] = createSignal<Set<string>>(new Set(g?.projects.map((p) => p.id) ?? []));
  const [category, setCategory] = createSignal(g?.category ?? '');
  const [busy, setBusy] = createSignal(false);
  // The member picker starts afresh after each pick.
  const [pickerKey, setPickerKey] = createSignal(1);
  const errors = createProblemErrors(['name', 'leaderDeputyId', 'memberDeputyIds', 'projectIds', 'category'], () => ({
    name: name(),
    leaderDeputyId: leader()?.deputyId ?? null,
    memberDeputyIds: members.map((m) => m.deputyId),
    scope: scope(),
    projectIds: [...projectIds()],
    category: category(),
  }));

  const chooseLeader = async (id: string) => {
    if (!id) return setLeader(null);
    const p = await person(id);
    setLeader(p);
    setMembers((list) => list.filter((m) => m.deputyId !== p.deputyId));
  };
  const addMember = async (id: string) => {
    if (!id) return;
    const p = await person(id);
    if (p.deputyId !== leader()?.deputyId && !members.some((m) => m.deputyId === p.deputyId)) setMembers(members.length, p);
    setPickerKey((k) => k + 1);
  };
  const toggleProject = (id: string, on: boolean) =>
    setProjectIds((s) => {
      const n = new Set(s);
      if (on) n.add(id);
      else n.delete(id);
      return n;
    });

  const save = async () => {
    const ok = errors.local(() => ({
      name: name().trim() ? null : t('check.required'),
      leaderDeputyId: leader() ? null : t('sup.group.leaderRequired'),
      projectIds: scope() === 'projects' && projectIds().size === 0 ? t('sup.group.projectsRequired') : null,
      category: scope() === 'category' && !category() ? t('sup.group.categoryRequired') : null,
    }));
    if (!ok) return;
    const input: GroupInput = {
      name: name().trim(),
      leaderDeputyId: leader()!.deputyId,
      memberDeputyIds: members.map((m) => m.deputyId),
      // Project order as listed, not as clicked.
      projectIds: scope() === 'projects' ? props.projects.filter((p) => projectIds().has(p.id)).map((p) => p.id) : [],
      category: scope() === 'category' ? category() : null,
    };
    setBusy(true);
    try {
      props.onSaved(g ? await implementationApi.changeGroup(g.id, input) : await implementationApi.formGroup(props.cycleId, input));
    } catch (err) {
      errors.capture(err);
    } finally {
      setBusy(false);
    }
  };

  return (
    <FormDialog
      open
      title={g ? t('sup.group.editTitle', { name: g.name }) : t('sup.group.formTitle')}
      submitLabel={g ? t('common.save') : t('sup.group.form')}
      busy={busy()}
      message={errors.general()}
      onSubmit={save}
      onClose={props.onClose}
    >
      <TextField
        label={t('sup.group.name')}
        value={name()}
        onInput={setName}
        maxLength={60}
        hint={t('sup.group.nameHint')}
        error={errors.field('name')}
      />
      <DeputyPicker
        label={t('sup.group.leader')}
        value={leader()?.deputyId ?? ''}
        onChange={(id) => void chooseLeader(id)}
        error={errors.field('leaderDeputyId')}
      />
      <Show when={leader()}>{(l) => <p class="chosen">{t('sup.group.leaderChosen', { name: l().name })}</p>}</Show>

      <fieldset class="fieldset fieldset-plain" classList={{ 'field-invalid': !!errors.field('memberDeputyIds') }}>
        <legend class="field-label">{t('sup.group.members')}</legend>
        <Show when={members.length} fallback={<p class="muted small">{t('sup.group.noMembers')}</p>}>
          <ul class="chips" aria-label={t('sup.group.members')}>
            <For each={members}>
              {(m) => (
                <li class="chip">
                  {m.name}
                  <button
                    type="button"
                    class="chip-remove"
                    aria-label={t('sup.group.removeMember', { name: m.name })}
                    onClick={() => setMembers((list) => list.filter((x) => x.deputyId !== m.deputyId))}
                  >
                    ×
                  </button>
                </li>
              )}
            </For>
          </ul>
        </Show>
        <Show when={pickerKey()} keyed>
          <DeputyPicker label={t('sup.group.addMember')} value="" onChange={(id) => void addMember(id)} />
        </Show>
        <Show when={errors.field('memberDeputyIds')}>
          <p class="field-error">{errors.field('memberDeputyIds')}</p>
        </Show>
      </fieldset>

      <RadioGroup
        legend={t('sup.group.scope')}
        value={scope()}
        onChange={setScope}
        options={[
          { value: 'projects', label: t('sup.group.scopeProjects'), hint: t('sup.group.scopeProjectsHint') },
          { value: 'category', label: t('sup.group.scopeCategory'), hint: t('sup.group.scopeCategoryHint') },
        ]}
      />
      <Show when={scope() === 'projects'}>
        <ProjectChoice projects={props.projects} chosen={projectIds()} onToggle={toggleProject} error={errors.field('projectIds')} />
      </Show>
      <Show when={scope() === 'category'}>
        <SelectField
          label={t('sup.group.category')}
          value={category()}
          placeholder={t('sup.group.chooseCategory')}
          options={props.categories.map((c) => ({ value: c, label: c }))}
          onChange={setCategory}
          error={errors.field('category')}
        />
      </Show>
    </FormDialog>
  );
}

/** The projects a group watches, ticked from the cycle's list. */
function ProjectChoice(props: {
  projects: ProjectItem[];
  chosen: Set<string>;
  onToggle: (id: string, on: boolean) => void;
  error: string | null | undefined;
}) {
  return (
    <fieldset class="fieldset fieldset-plain" classList={{ 'field-invalid': !!props.error }}>
      <legend class="field-label">{t('sup.group.projects')}</legend>
      <ul class="plain-list pick-projects">
        <For each={props.projects}>
          {(p) => (
            <li>
              <label class="check">
                <input type="checkbox" checked={props.chosen.has(p.id)} onChange={(e) => props.onToggle(p.id, e.currentTarget.checked)} />
                <span>
                  <span class="mono small">{p.code}</span> {p.title}
                </span>
              </label>
            </li>
          )}
        </For>
      </ul>
      <Show when={props.error}>
        <p class="field-error">{props.error}</p>
      </Show>
    </fieldset>
  );
}
