// The department's projects (项目实施) across cycles: where each stands, its money, and what waits on
// the department — a missed report, a delay, unanswered supervision, an open rectification — with
// the projects that need action first.
import { A } from '@solidjs/router';
import { createMemo, For, Show } from 'solid-js';
import { t } from '../app/i18n';
import { createLoader } from '../app/loader';
import { Page } from '../app/Page';
import { createCycleList } from '../solicitation/cycles';
import { FlagBadges, ProjectStatusBadge } from '../implementation/labels';
import { ProgressBar } from '../implementation/ProgressBar';
import { WaitingBadges } from './badges';
import { loadMyProjects, needsAction, said, type ProjectRow } from './projects';
import '../solicitation/solicitation.css';
import './department.css';

function ProjectCard(props: { p: ProjectRow; cycleTitle?: string }) {
  const p = () => props.p;
  return (
    <li class="dimp-item" data-testid="dimp-project">
      <div class="dimp-item-head">
        <div class="dimp-item-title">
          <A href={`/department/projects/${p().id}`} class="plist-title">
            {p().title}
          </A>
          <div class="plist-meta">
            <span class="mono">{p().code}</span>
            <Show when={props.cycleTitle}>
              <span>{props.cycleTitle}</span>
            </Show>
            <span>{p().category}</span>
          </div>
        </div>
        <ProjectStatusBadge status={p().status} />
      </div>
      <ProgressBar percent={p().percentComplete} disbursedYuan={p().disbursedYuan} budgetYuan={p().budgetYuan} compact />
      <dl class="dimp-facts">
        <div>
          <dt>{t('dimp.list.deadline')}</dt>
          <dd>{p().deadline}</dd>
        </div>
        <div>
          <dt>{t('dimp.list.nextDue')}</dt>
          <dd>
            <Show when={p().nextReportDue} fallback="—">
              {(d) => t('dimp.list.nextDueValue', { period: said(d().label), end: d().end })}
            </Show>
          </dd>
        </div>
      </dl>
      <Show when={p().flags.overdue || p().flags.delayed || needsAction(p()) || p().waiting.pendingChange}>
        <ul class="dimp-flags" aria-label={t('dimp.list.flags')}>
          <Show when={p().flags.overdue || p().flags.delayed}>
            <li>
              <FlagBadges flags={p().flags} long />
            </li>
          </Show>
          <WaitingBadges p={p()} />
        </ul>
      </Show>
    </li>
  );
}

export function ProjectsPage() {
  const projects = createLoader(
    () => true,
    () => loadMyProjects(),
  );
  const cycles = createCycleList();
  const cycleTitle = createMemo(() => new Map((cycles.data() ?? []).map((c) => [c.id, c.title])));
  const several = createMemo(() => new Set((projects.data() ?? []).map((p) => p.cycleId)).size > 1);
  return (
    <Page title={t('dimp.list.title')} intro={t('dimp.list.intro')}>
      <Show when={projects.error()}>
        <p class="form-message" role="alert">
          {projects.error()}
        </p>
      </Show>
      <Show
        when={projects.data()}
        fallback={
          <Show when={!projects.error()}>
            <p class="muted">{t('common.loading')}</p>
          </Show>
        }
      >
        {(list) => (
          <Show when={list().length} fallback={<p class="card muted">{t('dimp.list.none')}</p>}>
            <ul class="dimp-list">
              <For each={list()}>{(p) => <ProjectCard p={p} cycleTitle={several() ? cycleTitle().get(p.cycleId) : undefined} />}</For>
            </ul>
          </Show>
        )}
      </Show>
    </Page>
  );
}
