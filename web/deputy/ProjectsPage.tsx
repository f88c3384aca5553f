// The deputy's projects (代表监督): first those the groups I belong to watch, then every project of
// the year (deputies may read them all), each with its status, flags and progress. Cards, not a
// table: deputies read this on a phone or a tablet.
import { A } from '@solidjs/router';
import { createMemo, createSignal, For, Show } from 'solid-js';
import { SelectField } from '../app/fields';
import { t } from '../app/i18n';
import { createLoader } from '../app/loader';
import { Page } from '../app/Page';
import { implementationApi, type ProjectItem } from '../console/implementation/implementation';
import { FlagBadges, ProjectStatusBadge } from '../console/implementation/labels';
import { ProgressBar } from '../implementation/ProgressBar';
import { createCycleList } from '../solicitation/cycles';

const WITH_PROJECTS = new Set(['implementation', 'evaluation', 'closed']);

function ProjectCards(props: { projects: ProjectItem[] | undefined; empty: string }) {
  return (
    <Show when={props.projects?.length} fallback={<p class="muted">{props.projects ? props.empty : t('common.loading')}</p>}>
      <ul class="plain-list deputy-projects">
        <For each={props.projects}>
          {(p) => (
            <li class="deputy-project">
              <A href={`/deputy/projects/${p.id}`} class="deputy-project-link">
                <span class="deputy-project-title">{p.title}</span>
                <span class="muted small">
                  {p.departmentName ?? ''} · {p.category}
                </span>
              </A>
              <p class="imp-badges">
                <ProjectStatusBadge status={p.status} />
                <FlagBadges flags={p.flags} status={p.status} />
              </p>
              <ProgressBar percent={p.percentComplete} compact />
              <p class="muted small">{t('sup.deputy.deadline', { date: p.deadline })}</p>
            </li>
          )}
        </For>
      </ul>
    </Show>
  );
}

export function ProjectsPage() {
  const cycles = createCycleList();
  const withProjects = createMemo(() => (cycles.data() ?? []).filter((c) => WITH_PROJECTS.has(c.phase)));
  const [chosen, setChosen] = createSignal('');
  // The newest year with projects unless another is chosen.
  const cycleId = () => chosen() || withProjects()[0]?.id || '';
  const cycle = () => withProjects().find((c) => c.id === cycleId());
  const supervised = createLoader(cycleId, (id) => (id ? implementationApi.projects({ cycleId: id, supervised: 'true' }) : Promise.resolve(null)));
  const all = createLoader(cycleId, (id) => (id ? implementationApi.projects({ cycleId: id }) : Promise.resolve(null)));

  return (
    <Page title={t('sup.deputy.title')} intro={t('sup.deputy.intro')}>
      <Show when={cycles.data() && !withProjects().length}>
        <p class="notice">{t('sup.deputy.noCycle')}</p>
      </Show>
      <Show when={withProjects().length > 1}>
        <div class="toolbar">
          <SelectField
            label={t('sup.deputy.cycle')}
            value={cycleId()}
            onChange={setChosen}
            options={withProjects().map((c) => ({ value: c.id, label: c.title }))}
          />
        </div>
      </Show>
      <Show when={cycle()}>
        <Show when={supervised.error() || all.error()}>
          <p class="form-message" role="alert">
            {supervised.error() || all.error()}
          </p>
        </Show>
        <section class="card card-highlight" aria-labelledby="mine-title">
          <h2 class="card-title" id="mine-title">
            {t('sup.deputy.mine')}
          </h2>
          <ProjectCards projects={supervised.data()?.projects} empty={t('sup.deputy.mineEmpty')} />
        </section>
        <section aria-labelledby="all-title">
          <h2 class="section-title" id="all-title">
            {t('sup.deputy.all', { cycle: cycle()!.title })}
          </h2>
          <ProjectCards projects={all.data()?.projects} empty={t('sup.deputy.allEmpty')} />
        </section>
      </Show>
    </Page>
  );
}
