// Creating a satisfaction evaluation (满意度测评, phase 4) in the session console: for a cycle in
// evaluation, all its projects or some for a re-evaluation after rectification, with its rules.
import { createEffect, createSignal, For, on, Show } from 'solid-js';
import { SelectField } from '../../app/fields';
import { createFormErrors } from '../../app/form-errors';
import { t } from '../../app/i18n';
import { createLoader } from '../../app/loader';
import { shareText } from '../../tablet/evaluation-labels';
import { createNewBallot, LiveCountsField, NewBallotFrame, SecrecyField } from './ballot-basics';
import { ballotsApi, projectsApi, type EvaluationInput } from './hall-api';

type EvaluationRules = NonNullable<EvaluationInput['rules']>;
type ProjectOfCycle = Awaited<ReturnType<typeof projectsApi.ofCycle>>[number];

const NEW_EVALUATION = {
  cycleId: '',
  sittingId: '',
  title: '',
  evaluators: 'deputies',
  passBasis: 'roster',
  secrecy: 'secret',
  allowAbstain: false,
  liveCounts: false,
  some: false,
  satisfiedShare: '1/2',
  acceptableShare: '1/2',
};
type EvaluationForm = typeof NEW_EVALUATION;

/** The shares a clerk may pick for the grading rule (the server takes any fraction from one half up). */
const SHARES = ['1/2', '3/5', '2/3', '3/4', '4/5'];
const fraction = (s: string) => {
  const [num, den] = s.split('/').map(Number) as [number, number];
  return { num, den };
};

export function NewEvaluationDialog(props: { onClose: () => void; onSaved: () => void }) {
  const form = createNewBallot<EvaluationForm>({
    initial: NEW_EVALUATION,
    usable: (c) => c.phase === 'evaluation',
    fromCycle: (c, f) => ({ title: f.title || t('eval.ballots.defaultTitle', { cycle: c.title }) }),
    onSaved: () => props.onSaved(),
  });
  const { f, set } = form;
  const [picked, setPicked] = createSignal<Set<string>>(new Set());
  const errors = createFormErrors(['cycleId', 'sittingId', 'title', 'projectIds'], () => ({ ...f(), projectIds: [...picked()] }));
  const projects = createLoader(
    () => f().cycleId,
    (id) => (id ? projectsApi.ofCycle(id) : Promise.resolve([])),
  );

  // A re-evaluation asks again about the projects graded 不满意 (rectified since); the clerk may change the choice.
  createEffect(
    on(
      () => projects.data(),
      (ps) => {
        setPicked(new Set((ps ?? []).filter((p) => p.grade === 'unsatisfied').map((p) => p.id)));
      },
    ),
  );
  const toggle = (id: string, on: boolean) =>
    setPicked((s) => {
      const n = new Set(s);
      if (on) n.add(id);
      else n.delete(id);
      return n;
    });

  const save = async () => {
    const x = f();
    if (
      !errors.check(() => ({
        cycleId: f().cycleId ? null : 'hall.ballots.needCycle',
        sittingId: f().sittingId ? null : 'hall.sitting.needOne',
        title: f().title.trim() ? null : 'check.required',
        projectIds: f().some && picked().size === 0 ? 'eval.rules.needProject' : null,
      }))
    )
      return;
    // Read now, as the form stands when it is sent.
    const some = x.some ? { projectIds: (projects.data() ?? []).filter((p) => picked().has(p.id)).map((p) => p.id) } : {};
    await form.send(
      errors,
      () =>
        ballotsApi.createEvaluation({
          cycleId: x.cycleId,
          sittingId: x.sittingId,
          title: x.title.trim(),
          rules: {
            allowAbstain: x.allowAbstain,
            // The selects offer exactly the values the route accepts.
            passBasis: x.passBasis as EvaluationRules['passBasis'],
            secrecy: x.secrecy as EvaluationRules['secrecy'],
            liveCounts: x.liveCounts && x.secrecy === 'recorded',
            evaluators: x.evaluators as EvaluationRules['evaluators'],
            grading: { satisfied: fraction(x.satisfiedShare), acceptable: fraction(x.acceptableShare) },
          },
          ...some,
        }),
      (title) => t('eval.ballots.added', { title }),
    );
  };

  return (
    <NewBallotFrame
      title={t('eval.ballots.add')}
      cycleHint={t('eval.ballots.cycleHint')}
      noCycle={t('eval.ballots.noCycle')}
      form={form}
      errors={errors}
      onCycle={(v) => set({ cycleId: v })}
      onSubmit={save}
      onClose={props.onClose}
    >
      <EvaluationRulesFields value={f()} set={set} />
      <Show when={f().some}>
        <ReevaluationProjects projects={projects.data() ?? []} picked={picked()} onToggle={toggle} error={errors.field('projectIds')} />
      </Show>
    </NewBallotFrame>
  );
}

/** An evaluation's rules: who evaluates, the basis and secrecy, the shares that grade a project, abstention, live counts, and whether only some projects are asked about. */
function EvaluationRulesFields(props: { value: EvaluationForm; set: (patch: Partial<EvaluationForm>) => void }) {
  return (
    <fieldset class="fieldset">
      <legend class="fieldset-legend">{t('hall.rules.title')}</legend>
      <div class="field-row">
        <SelectField
          label={t('eval.rules.evaluators')}
          value={props.value.evaluators}
          onChange={(v) => props.set({ evaluators: v })}
          options={[
            { value: 'deputies', label: t('eval.evaluators.deputies') },
            { value: 'standing_committee', label: t('eval.evaluators.standing_committee') },
          ]}
        />
        <SelectField
          label={t('hall.rules.passBasis')}
          value={props.value.passBasis}
          onChange={(v) => props.set({ passBasis: v })}
          options={[
            { value: 'roster', label: t('eval.rules.basisRoster') },
            { value: 'present', label: t('eval.rules.basisPresent') },
          ]}
        />
      </div>
      <SecrecyField value={props.value.secrecy} onChange={(v) => props.set({ secrecy: v })} />
      <div class="field-row">
        <SelectField
          label={t('eval.rules.satisfiedShare')}
          value={props.value.satisfiedShare}
          onChange={(v) => props.set({ satisfiedShare: v })}
          options={SHARES.map((s) => ({ value: s, label: shareText(fraction(s)) }))}
        />
        <SelectField
          label={t('eval.rules.acceptableShare')}
          value={props.value.acceptableShare}
          onChange={(v) => props.set({ acceptableShare: v })}
          options={SHARES.map((s) => ({ value: s, label: shareText(fraction(s)) }))}
        />
      </div>
      <p class="field-hint">{t('eval.rules.gradingHint')}</p>
      <label class="ses-check">
        <input type="checkbox" checked={props.value.allowAbstain} onChange={(e) => props.set({ allowAbstain: e.currentTarget.checked })} />
        <span>{t('eval.rules.allowAbstain')}</span>
      </label>
      <LiveCountsField secrecy={props.value.secrecy} checked={props.value.liveCounts} onChange={(v) => props.set({ liveCounts: v })} />
      <label class="ses-check">
        <input type="checkbox" checked={props.value.some} onChange={(e) => props.set({ some: e.currentTarget.checked })} />
        <span>{t('eval.rules.reevaluation')}</span>
      </label>
    </fieldset>
  );
}

/** For a re-evaluation: which of the cycle's projects are asked about again (those graded 不满意 are ticked at first). */
function ReevaluationProjects(props: {
  projects: ProjectOfCycle[];
  picked: Set<string>;
  onToggle: (id: string, on: boolean) => void;
  error: string | null | undefined;
}) {
  return (
    <fieldset class="fieldset" aria-describedby="eval-projects-hint">
      <legend class="fieldset-legend">{t('eval.rules.projects')}</legend>
      <p class="field-hint" id="eval-projects-hint">
        {t('eval.rules.projectsHint')}
      </p>
      <Show when={props.error}>
        <p class="field-error" role="alert">
          {props.error}
        </p>
      </Show>
      <For each={props.projects}>
        {(p) => (
          <label class="ses-check">
            <input type="checkbox" checked={props.picked.has(p.id)} onChange={(e) => props.onToggle(p.id, e.currentTarget.checked)} />
            <span>
              {p.title}
              <Show when={p.gradeLabel}>{(g) => <span class="muted">（{g()}）</span>}</Show>
            </span>
          </label>
        )}
      </For>
    </fieldset>
  );
}
