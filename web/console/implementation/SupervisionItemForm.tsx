// Recording a supervision item on a project: 视察 (an inspection), 询问 (a question) or 督办建议,
// with the day it happened and what was found or asked. Deputies of a group watching the project
// record their own; the secretariat records one for a group it names. Big targets: deputies use
// it on a phone during an inspection.
import { createSignal, Show, untrack } from 'solid-js';
import { SelectField, TextAreaField, FormMessage } from '../../app/fields';
import { t } from '../../app/i18n';
import { InputField, RadioGroup } from '../../solicitation/inputs';
import { createProblemErrors } from '../../solicitation/problems';
import { implementationApi, SUPERVISION_KINDS, type SupervisionGroup, type SupervisionItem, type SupervisionKind } from './implementation';
import { chinaToday, kindLabel } from './labels';

export function SupervisionItemForm(props: {
  projectId: string;
  /** The groups it may be recorded for; a choice is offered when there is more than one (or `requireGroup`). */
  groups: SupervisionGroup[];
  requireGroup?: boolean;
  /** The day implementation began: nothing is recorded before it. */
  startedOn: string;
  onRecorded: (item: SupervisionItem) => void;
  onCancel?: () => void;
}) {
  const [kind, setKind] = createSignal<SupervisionKind | ''>('');
  const [occurredOn, setOccurredOn] = createSignal(chinaToday());
  const [text, setText] = createSignal('');
  const [groupId, setGroupId] = createSignal(untrack(() => (props.groups.length === 1 ? props.groups[0]!.id : '')));
  const [busy, setBusy] = createSignal(false);
  const errors = createProblemErrors(['kind', 'occurredOn', 'text', 'groupId'], () => ({
    kind: kind(),
    occurredOn: occurredOn(),
    text: text(),
    groupId: groupId(),
  }));
  const askGroup = () => props.requireGroup || props.groups.length > 1;
  // A message goes once the person starts putting it right; the next submit checks again.
  const edited =
    <T,>(set: (v: T) => void) =>
    (v: T) => {
      set(v);
      if (errors.any()) errors.clear();
    };

  const submit = async () => {
    const ok = errors.local(() => ({
      kind: kind() ? null : t('sup.itemForm.kindRequired'),
      occurredOn: !occurredOn()
        ? t('check.required')
        : occurredOn() < props.startedOn
          ? t('sup.itemForm.beforeStart', { date: props.startedOn })
          : null,
      text: text().trim() ? null : t('check.required'),
      groupId: askGroup() && !groupId() ? t('sup.itemForm.groupRequired') : null,
    }));
    if (!ok) return;
    setBusy(true);
    try {
      const item = await implementationApi.recordItem(props.projectId, {
        kind: kind() as SupervisionKind,
        occurredOn: occurredOn(),
        text: text().trim(),
        groupId: groupId() || undefined,
      });
      setKind('');
      setText('');
      errors.clear();
      props.onRecorded(item);
    } catch (err) {
      errors.capture(err);
    } finally {
      setBusy(false);
    }
  };

  return (
    <form
      class="item-form"
      novalidate
      onSubmit={(e) => {
        e.preventDefault();
        if (!busy()) void submit();
      }}
    >
      <Show when={askGroup()}>
        <SelectField
          label={t('sup.itemForm.group')}
          value={groupId()}
          placeholder={t('sup.itemForm.chooseGroup')}
          onChange={edited(setGroupId)}
          options={props.groups.map((g) => ({ value: g.id, label: g.name }))}
          error={errors.field('groupId')}
        />
      </Show>
      <RadioGroup
        legend={t('sup.itemForm.kind')}
        value={kind()}
        onChange={edited(setKind)}
        error={errors.field('kind')}
        options={SUPERVISION_KINDS.map((k) => ({ value: k, label: kindLabel(k), hint: t(`sup.kindHint.${k}`) }))}
      />
      <InputField
        type="date"
        label={t('sup.itemForm.date')}
        value={occurredOn()}
        onInput={edited(setOccurredOn)}
        min={props.startedOn}
        max={chinaToday()}
        error={errors.field('occurredOn')}
      />
      <TextAreaField
        label={t('sup.itemForm.text')}
        hint={t('sup.itemForm.textHint')}
        value={text()}
        onInput={edited(setText)}
        maxLength={5000}
        rows={5}
        error={errors.field('text')}
      />
      <FormMessage text={errors.general()} />
      <div class="form-actions">
        <Show when={props.onCancel}>
          <button type="button" class="btn" onClick={() => props.onCancel!()}>
            {t('common.cancel')}
          </button>
        </Show>
        <button type="submit" class="btn btn-primary btn-big" disabled={busy()}>
          {busy() ? t('common.saving') : t('sup.itemForm.submit')}
        </button>
      </div>
    </form>
  );
}
