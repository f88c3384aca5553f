// One project for a deputy: when a group I belong to watches it, a form to record an inspection
// (视察), a question (询问) or a 督办建议, and my items with the department's answer or "awaiting
// answer"; then the project's whole record. Other deputies read the record only.
import { A, useParams } from '@solidjs/router';
import { createMemo, Show } from 'solid-js';
import { t } from '../app/i18n';
import { Page } from '../app/Page';
import { session } from '../app/session';
import { toasts } from '../app/toasts';
import { createProjectDetail } from '../console/implementation/implementation';
import { SupervisionItemForm } from '../console/implementation/SupervisionItemForm';
import { SupervisionItemList } from '../console/implementation/SupervisionItems';
import { ProjectRecord } from '../implementation/ProjectRecord';

export function ProjectPage() {
  const params = useParams<{ id: string }>();
  const detail = createProjectDetail(() => params.id);
  const me = () => session.state.account?.deputyId ?? null;
  const record = () => detail.data();
  // The groups watching this project that I am the leader or a member of.
  const myGroups = createMemo(() =>
    (record()?.supervision.groups ?? []).filter((g) => g.leader.deputyId === me() || g.members.some((m) => m.deputyId === me())),
  );
  const myItems = createMemo(() => (record()?.supervision.items ?? []).filter((i) => i.recordedBy?.deputyId === me()));

  return (
    <Page
      title={record()?.project.title ?? t('sup.project.title')}
      actions={
        <A href="/deputy/projects" class="btn">
          {t('sup.deputy.back')}
        </A>
      }
    >
      <Show when={detail.error()}>
        <p class="form-message" role="alert">
          {detail.error()}
        </p>
      </Show>
      <Show
        when={record()}
        fallback={
          <Show when={!detail.error()}>
            <p class="muted">{t('common.loading')}</p>
          </Show>
        }
      >
        {(r) => (
          <>
            <Show
              when={r().may.supervise && myGroups().length}
              fallback={<p class="notice">{myGroups().length ? t('sup.deputy.closed') : t('sup.deputy.notMember')}</p>}
            >
              <section class="card card-highlight" aria-labelledby="record-item">
                <h2 class="card-title" id="record-item">
                  {t('sup.deputy.record')}
                </h2>
                <p class="muted small">
                  {t('sup.deputy.recordFor', {
                    groups: myGroups()
                      .map((g) => g.name)
                      .join('、'),
                  })}
                </p>
                <SupervisionItemForm
                  projectId={r().project.id}
                  groups={myGroups()}
                  startedOn={r().project.startedOn}
                  onRecorded={() => {
                    toasts.success(t('sup.itemForm.recorded'));
                    void detail.reload();
                  }}
                />
              </section>
            </Show>
            <Show when={myItems().length}>
              <section class="card" aria-labelledby="my-items">
                <h2 class="card-title" id="my-items">
                  {t('sup.deputy.myItems')}
                </h2>
                <SupervisionItemList items={myItems()} empty="" />
              </section>
            </Show>
            <ProjectRecord record={r()} />
          </>
        )}
      </Show>
    </Page>
  );
}
