// On the department's home page: the projects that wait on the department now (a report missed,
// a delay, supervision to answer, a rectification to report), each linking to its workspace.
// Nothing is shown to a department without projects.
import { A } from '@solidjs/router';
import { createMemo, For, Show } from 'solid-js';
import { t } from '../app/i18n';
import { createLoader } from '../app/loader';
import { FlagBadges } from '../implementation/labels';
import { loadMyProjects, needsAction } from './projects';
import { WaitingBadges } from './badges';
import '../solicitation/solicitation.css';
import './department.css';

export function NeedsAction() {
  const projects = createLoader(
    () => true,
    () => loadMyProjects(),
  );
  const waiting = createMemo(() => (projects.data() ?? []).filter(needsAction));
  return (
    <Show when={projects.data()?.length}>
      <section class="card dimp-needs" aria-labelledby="dimp-needs">
        <div class="dimp-section-head">
          <h2 class="card-title" id="dimp-needs">
            {t('dimp.home.title')}
          </h2>
          <A href="/department/projects" class="btn btn-small">
            {t('dimp.home.all', { n: projects.data()!.length })}
          </A>
        </div>
        <Show when={waiting().length} fallback={<p class="muted">{t('dimp.home.nothing')}</p>}>
          <ul class="dimp-needs-list">
            <For each={waiting().slice(0, 5)}>
              {(p) => (
                <li>
                  <A href={`/department/projects/${p.id}`} class="plist-title">
                    {p.title}
                  </A>
                  <ul class="dimp-flags" aria-label={t('dimp.list.flags')}>
                    <Show when={p.flags.overdue || p.flags.delayed}>
                      <li>
                        <FlagBadges flags={p.flags} long />
                      </li>
                    </Show>
                    <WaitingBadges p={p} />
                  </ul>
                </li>
              )}
            </For>
          </ul>
          <Show when={waiting().length > 5}>
            <p class="small">
              <A href="/department/projects">{t('dimp.home.more', { n: waiting().length - 5 })}</A>
            </p>
          </Show>
        </Show>
      </section>
    </Show>
  );
}
