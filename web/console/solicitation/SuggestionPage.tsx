// One public suggestion for the secretariat: the text and the suggester's contact, and handling
// it — hand it to a 责任单位 as a draft proposal (转办), link it to a proposal that already covers
// it, or reject it with a reason the suggester reads by the tracking code.
import { A, useParams } from '@solidjs/router';
import { createMemo, createSignal, Show, untrack } from 'solid-js';
import { createStore } from 'solid-js/store';
import { FormMessage, SelectField, TextAreaField, TextField } from '../../app/fields';
import { t } from '../../app/i18n';
import { createLoader } from '../../app/loader';
import { Page } from '../../app/Page';
import { session } from '../../app/session';
import { toasts } from '../../app/toasts';
import { departmentsApi } from '../departments';
import { cyclesApi } from '../../solicitation/cycles';
import { RadioGroup } from '../../solicitation/inputs';
import { channelLabel, statusLabel, SuggestionBadge } from '../../solicitation/labels';
import { createProblemErrors } from '../../solicitation/problems';
import { listAllProposals } from '../../solicitation/proposals';
import { createSuggestion, suggestionsApi } from '../../solicitation/suggestions';
import type { Suggestion } from '../../solicitation/types';

type Action = 'convert' | 'merge' | 'reject';

interface HandleInput {
  departmentId: string;
  title: string;
  category: string;
  note: string;
  proposalId: string;
  reason: string;
}

/** Sends the chosen outcome; a conversion answers with the new proposal's id. */
async function sendHandling(id: string, a: Action, form: HandleInput): Promise<string | undefined> {
  if (a === 'convert') {
    const r = await suggestionsApi.convert(id, {
      departmentId: form.departmentId,
      title: form.title.trim() || undefined,
      category: form.category || null,
      note: form.note.trim() || null,
    });
    toasts.success(t('sol.handle.converted'));
    return r.proposal.id;
  }
  await suggestionsApi.screen(id, {
    outcome: a,
    reason: form.reason.trim() || null,
    ...(a === 'merge' && form.proposalId ? { proposalId: form.proposalId } : {}),
  });
  toasts.success(a === 'merge' ? t('sol.handle.merged') : t('sol.handle.rejected'));
  return undefined;
}

function HandleForm(props: { suggestion: Suggestion; categories: string[]; onDone: (proposalId?: string) => void }) {
  const s = () => props.suggestion;
  const allowed = createMemo<Action[]>(() =>
    s().status === 'received' ? ['convert', 'merge', 'reject'] : s().status === 'rejected' ? ['convert', 'merge'] : [],
  );
  const [action, setAction] = createSignal<Action | ''>('');
  const [form, setForm] = createStore(
    untrack(() => ({ departmentId: '', title: s().title, category: s().category ?? '', note: '', proposalId: '', reason: '' })),
  );
  const [busy, setBusy] = createSignal(false);
  const errors = createProblemErrors(['departmentId', 'title', 'category', 'note', 'proposalId', 'reason', 'action'], () => ({
    ...form,
    action: action(),
  }));
  const departments = createLoader(
    () => true,
    () => departmentsApi.listActive(),
  );
  const targets = createLoader(
    () => (action() === 'merge' ? s().cycleId : ''),
    async (cycleId) => (cycleId ? await listAllProposals(cycleId) : []).filter((x) => x.status === 'submitted' || x.status === 'shortlisted'),
  );

  const submit = async () => {
    const a = action();
    if (!a) {
      errors.local(() => ({ action: action() ? null : t('sol.screen.chooseOutcome') }));
      return;
    }
    if (
      a === 'convert' &&
      !errors.local(() => ({ departmentId: action() !== 'convert' || form.departmentId ? null : t('sol.handle.chooseDepartment') }))
    )
      return;
    setBusy(true);
    try {
      props.onDone(await sendHandling(s().id, a, form));
      errors.clear();
      setAction('');
    } catch (err) {
      errors.capture(err);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Show when={allowed().length} fallback={<p class="muted">{t('sol.handle.done')}</p>}>
      <form
        class="card"
        novalidate
        aria-labelledby="handle-title"
        onSubmit={(e) => {
          e.preventDefault();
          void submit();
        }}
      >
        <h2 class="card-title" id="handle-title">
          {t('sol.handle.title')}
        </h2>
        <RadioGroup
          legend={t('sol.handle.legend')}
          value={action()}
          onChange={setAction}
          error={errors.field('action')}
          options={allowed().map((a) => ({ value: a, label: t(`sol.handle.${a}` as const), hint: t(`sol.handle.${a}Hint` as const) }))}
        />
        <Show when={action() === 'convert'}>
          <SelectField
            label={t('sol.field.department')}
            value={form.departmentId}
            placeholder={t('sol.form.chooseDepartment')}
            options={(departments.data() ?? []).map((d) => ({ value: d.id, label: d.name }))}
            onChange={(v) => setForm('departmentId', v)}
            error={errors.field('departmentId')}
          />
          <TextField
            label={t('sol.field.title')}
            maxLength={60}
            value={form.title}
            onInput={(v) => setForm('title', v)}
            error={errors.field('title')}
          />
          <SelectField
            label={t('sol.field.category')}
            optional
            value={form.category}
            placeholder={t('sol.suggest.noCategory')}
            options={props.categories.map((c) => ({ value: c, label: c }))}
            onChange={(v) => setForm('category', v)}
            error={errors.field('category')}
          />
          <TextAreaField
            label={t('sol.handle.note')}
            hint={t('sol.handle.noteHint')}
            optional
            rows={2}
            maxLength={500}
            value={form.note}
            onInput={(v) => setForm('note', v)}
            error={errors.field('note')}
          />
        </Show>
        <Show when={action() === 'merge'}>
          <SelectField
            label={t('sol.handle.mergeInto')}
            value={form.proposalId}
            placeholder={t('sol.screen.chooseMergeTarget')}
            options={(targets.data() ?? []).map((x) => ({ value: x.id, label: `${x.code ?? ''} ${x.title}（${statusLabel(x.status)}）` }))}
            onChange={(v) => setForm('proposalId', v)}
            error={errors.field('proposalId')}
          />
        </Show>
        <Show when={action() === 'merge' || action() === 'reject'}>
          <TextAreaField
            label={t('sol.screen.reason')}
            hint={t('sol.handle.reasonHint')}
            optional={action() === 'merge'}
            rows={3}
            maxLength={500}
            value={form.reason}
            onInput={(v) => setForm('reason', v)}
            error={errors.field('reason')}
          />
        </Show>
        <FormMessage text={errors.general()} />
        <div class="form-actions">
          <button type="submit" class="btn btn-primary" classList={{ 'btn-danger': action() === 'reject' }} disabled={busy()}>
            {busy() ? t('common.saving') : t('sol.screen.record')}
          </button>
        </div>
      </form>
    </Show>
  );
}

export function SuggestionPage() {
  const params = useParams<{ id: string }>();
  const suggestion = createSuggestion(() => params.id);
  const cycle = createLoader(
    () => suggestion.data()?.cycleId ?? '',
    async (id) => (id ? (await cyclesApi.get(id)).cycle : null),
  );
  return (
    <Page
      title={suggestion.data()?.title ?? t('sol.tabs.suggestions')}
      actions={
        <Show when={suggestion.data()}>
          {(s) => (
            <A href={`/console/cycles/${s().cycleId}/suggestions`} class="btn">
              {t('sol.suggestions.back')}
            </A>
          )}
        </Show>
      }
    >
      <Show when={suggestion.error()}>
        <p class="form-message" role="alert">
          {suggestion.error()}
        </p>
      </Show>
      <Show
        when={suggestion.data()}
        fallback={
          <Show when={!suggestion.error()}>
            <p class="muted">{t('common.loading')}</p>
          </Show>
        }
      >
        {(s) => (
          <div class="screen-layout">
            <div class="screen-main">
              <section class="card" aria-labelledby="sg-title">
                <h2 class="card-title" id="sg-title">
                  {t('sol.suggestion.details')} <SuggestionBadge status={s().status} />
                </h2>
                <dl class="summary">
                  <div>
                    <dt>{t('sol.suggest.code')}</dt>
                    <dd class="mono">{s().trackingCode}</dd>
                  </div>
                  <div>
                    <dt>{t('sol.field.channel')}</dt>
                    <dd>{channelLabel(s().channel)}</dd>
                  </div>
                  <div>
                    <dt>{t('sol.enter.receivedOn')}</dt>
                    <dd>{s().receivedOn}</dd>
                  </div>
                  <div>
                    <dt>{t('sol.field.category')}</dt>
                    <dd>{s().category ?? '—'}</dd>
                  </div>
                  <div>
                    <dt>{t('sol.suggest.location')}</dt>
                    <dd>{s().location ?? '—'}</dd>
                  </div>
                  <div>
                    <dt>{t('sol.suggest.name')}</dt>
                    <dd>{s().name ?? '—'}</dd>
                  </div>
                  <div>
                    <dt>{t('sol.suggest.phone')}</dt>
                    <dd class="mono">{s().phone ?? '—'}</dd>
                  </div>
                </dl>
                <h3 class="materials-label">{t('sol.suggest.content')}</h3>
                <p class="prose">{s().content}</p>
                <Show when={s().feedback}>
                  <div class="feedback">
                    <h3 class="feedback-label">{t('sol.suggestion.feedback')}</h3>
                    <p class="prose">{s().feedback}</p>
                  </div>
                </Show>
                <Show when={s().proposal}>
                  {(p) => (
                    <p>
                      {t('sol.suggestion.linked')}{' '}
                      <A href={`/console/proposals/${p().id}`}>
                        {p().code ?? t('sol.materials.noCode')} {p().title}
                      </A>
                      （{statusLabel(p().status)}）
                    </p>
                  )}
                </Show>
              </section>
            </div>
            <Show when={session.canEdit()}>
              <div class="screen-side">
                <HandleForm suggestion={s()} categories={cycle.data()?.categories ?? []} onDone={() => void suggestion.reload()} />
              </div>
            </Show>
          </div>
        )}
      </Show>
    </Page>
  );
}
