// Supervision (代表监督) of a cycle for the secretariat: the groups of deputies — leader, members
// and what each watches — formed and changed here, and every item they recorded with the
// department's answer; the unanswered ones stand out with the days they have been waiting.
import { A, useParams } from '@solidjs/router';
import { createSignal, For, Show } from 'solid-js';
import { t } from '../../app/i18n';
import { createLoader } from '../../app/loader';
import { Page } from '../../app/Page';
import { session } from '../../app/session';
import { toasts } from '../../app/toasts';
import { createCycleDetail } from '../../solicitation/cycles';
import { GroupDialog } from './GroupDialog';
import { ImplementationTabs, refreshImplementationCounts } from './ImplementationTabs';
import { implementationApi, type SupervisionGroup } from './implementation';
import { SupervisionItemList } from './SupervisionItems';

export function SupervisionPage() {
  const params = useParams<{ id: string }>();
  const detail = createCycleDetail(() => params.id);
  const groups = createLoader(
    () => params.id,
    (id) => implementationApi.groups(id),
  );
  const projects = createLoader(
    () => params.id,
    (id) => implementationApi.projects({ cycleId: id }),
  );
  const [unansweredOnly, setUnansweredOnly] = createSignal(false);
  const items = createLoader(
    () => ({ cycleId: params.id, unanswered: unansweredOnly() }),
    (q) => implementationApi.items(q),
  );
  // null: closed; 'new': forming a group; a group: changing it.
  const [editing, setEditing] = createSignal<SupervisionGroup | 'new' | null>(null);
  const editable = () => session.canEdit() && !!detail.data() && detail.data()!.cycle.phase !== 'closed';

  const saved = (g: SupervisionGroup) => {
    toasts.success(t(editing() === 'new' ? 'sup.group.formed' : 'sup.group.saved', { name: g.name }));
    setEditing(null);
    void groups.reload();
    refreshImplementationCounts();
  };

  return (
    <Page
      title={detail.data() ? t('sup.supervision.title', { cycle: detail.data()!.cycle.title }) : t('sup.tabs.supervision')}
      actions={
        <>
          <A href={`/console/cycles/${params.id}`} class="btn">
            {t('sup.back.cycle')}
          </A>
          <Show when={editable()}>
            <button type="button" class="btn btn-primary" onClick={() => setEditing('new')}>
              {t('sup.group.form')}
            </button>
          </Show>
        </>
      }
    >
      <ImplementationTabs cycleId={params.id} />
      <Show when={!session.canEdit()}>
        <p class="notice">{t('common.readOnly')}</p>
      </Show>

      <section aria-labelledby="groups-title">
        <h2 class="section-title" id="groups-title">
          {t('sup.groups.title')}
        </h2>
        <Show when={groups.error()}>
          <p class="form-message" role="alert">
            {groups.error()}
          </p>
        </Show>
        <Show when={groups.data()?.length} fallback={<p class="muted">{groups.data() ? t('sup.groups.empty') : t('common.loading')}</p>}>
          <ul class="plain-list group-cards">
            <For each={groups.data()}>{(g) => <GroupCard group={g} editable={editable()} onEdit={() => setEditing(g)} />}</For>
          </ul>
        </Show>
      </section>

      <section aria-labelledby="items-title">
        <h2 class="section-title" id="items-title">
          {t('sup.items.title')}
        </h2>
        <div class="status-chips" role="group" aria-label={t('sup.items.filter')}>
          <button type="button" class="chip-button" aria-pressed={!unansweredOnly()} onClick={() => setUnansweredOnly(false)}>
            {t('common.all')}
          </button>
          <button type="button" class="chip-button" aria-pressed={unansweredOnly()} onClick={() => setUnansweredOnly(true)}>
            {t('sup.item.unanswered')} <span class="chip-count">{items.data()?.unanswered ?? ''}</span>
          </button>
        </div>
        <Show when={items.error()}>
          <p class="form-message" role="alert">
            {items.error()}
          </p>
        </Show>
        <SupervisionItemList
          items={items.loading() && !items.data() ? undefined : items.data()?.items}
          empty={unansweredOnly() ? t('sup.items.noneUnanswered') : t('sup.items.empty')}
          projectHref={(id) => `/console/projects/${id}`}
        />
      </section>

      <Show when={editing()} keyed>
        {(e) => (
          <GroupDialog
            cycleId={params.id}
            group={e === 'new' ? null : e}
            projects={projects.data()?.projects ?? []}
            categories={detail.data()?.cycle.categories ?? []}
            onClose={() => setEditing(null)}
            onSaved={saved}
          />
        )}
      </Show>
    </Page>
  );
}

/** One group: its leader, members, and the projects or the category it watches. */
function GroupCard(props: { group: SupervisionGroup; editable: boolean; onEdit: () => void }) {
  return (
    <li class="card group-card">
      <div class="group-head">
        <h3 class="card-title">{props.group.name}</h3>
        <Show when={props.editable}>
          <button
            type="button"
            class="btn btn-small"
            aria-label={t('sup.group.editNamed', { name: props.group.name })}
            onClick={() => props.onEdit()}
          >
            {t('common.edit')}
          </button>
        </Show>
      </div>
      <dl class="summary summary-compact">
        <div>
          <dt>{t('sup.group.leader')}</dt>
          <dd>{props.group.leader.name}</dd>
        </div>
        <div>
          <dt>{t('sup.group.members')}</dt>
          <dd>{props.group.members.length ? props.group.members.map((m) => m.name).join('、') : t('sup.group.noMembers')}</dd>
        </div>
        <div class="summary-wide">
          <dt>{t('sup.group.watches')}</dt>
          <dd>
            <Show
              when={props.group.category}
              fallback={
                <ul class="plain-list">
                  <For each={props.group.projects}>
                    {(p) => (
                      <li>
                        <A href={`/console/projects/${p.id}`}>{p.title ?? p.id}</A>
                      </li>
                    )}
                  </For>
                </ul>
              }
            >
              {(c) => t('sup.group.watchesCategory', { category: c() })}
            </Show>
          </dd>
        </div>
      </dl>
    </li>
  );
}
