// One project for the secretariat: the whole record (shared with every audience) and, where the
// record says it may, the secretariat's acts — the plan on the department's behalf, a supervision
// item for a group, the standing committee's decision on a pending change, the reporting cadence.
// Scrutineers read the same page without any of them.
import { A, useParams } from '@solidjs/router';
import { createSignal, Show } from 'solid-js';
import { confirmAction } from '../../app/confirm';
import { Dialog } from '../../app/Dialog';
import { t } from '../../app/i18n';
import { Page } from '../../app/Page';
import { session } from '../../app/session';
import { toasts } from '../../app/toasts';
import { ProjectRecord, type ProjectRecordProps } from '../../implementation/ProjectRecord';
import { DecisionDialog } from './DecisionDialog';
import { refreshImplementationCounts } from './ImplementationTabs';
import { createProjectDetail, implementationApi, type Cadence, type Change, type ProjectDetail } from './implementation';
import { cadenceLabel } from './labels';
import { PlanDialog } from './PlanDialog';
import { SupervisionItemForm } from './SupervisionItemForm';

export function ProjectPage() {
  const params = useParams<{ id: string }>();
  const detail = createProjectDetail(() => params.id);
  const [planning, setPlanning] = createSignal(false);
  const [recording, setRecording] = createSignal(false);
  const [deciding, setDeciding] = createSignal<Change | null>(null);
  const record = () => detail.data();
  const may = () => (session.canEdit() ? record()?.may : undefined);
  const reload = () => {
    void detail.reload();
    refreshImplementationCounts();
  };

  const switchCadence = () => {
    const r = record();
    if (!r) return;
    const to = otherCadence(r.project);
    confirmAction.ask({
      title: t('sup.cadence.confirmTitle'),
      message: t('sup.cadence.confirmMessage', { n: 1, cadence: cadenceLabel(to) }),
      confirmLabel: t('sup.cadence.apply'),
      run: async () => {
        await implementationApi.setCadence(r.cycle.id, to, [r.project.id]);
        toasts.success(t('sup.cadence.done', { n: 1, cadence: cadenceLabel(to) }));
        reload();
      },
    });
  };

  return (
    <Page
      title={record()?.project.title ?? t('sup.project.title')}
      actions={
        <Show when={record()}>
          {(r) => (
            <A href={`/console/cycles/${r().cycle.id}/projects`} class="btn">
              {t('sup.back.projects')}
            </A>
          )}
        </Show>
      }
    >
      <Show when={detail.error()}>
        <p class="form-message" role="alert">
          {detail.error()}
        </p>
      </Show>
      <Show when={!session.canEdit()}>
        <p class="notice">{t('common.readOnly')}</p>
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
            <ProjectMeta record={r()} />
            <ProjectRecord
              record={r()}
              ledgerHref={(id) => `/console/ledgers/${id}`}
              sectionActions={{
                ...secretariatActions(r(), may(), {
                  plan: () => setPlanning(true),
                  cadence: switchCadence,
                  supervise: () => setRecording(true),
                }),
              }}
              changeActions={(c) => (
                <Show when={may()?.decide && c.status === 'pending'}>
                  <button type="button" class="btn btn-primary btn-small" onClick={() => setDeciding(c)}>
                    {t('sup.decision.record')}
                  </button>
                </Show>
              )}
            />
            <Show when={may()?.supervise && r().supervision.groups.length === 0}>
              <p class="muted small">
                {t('sup.project.noGroup')} <A href={`/console/cycles/${r().cycle.id}/supervision`}>{t('sup.project.toGroups')}</A>
              </p>
            </Show>

            <Show when={planning()}>
              <PlanDialog
                project={r().project}
                onClose={() => setPlanning(false)}
                onSaved={() => {
                  setPlanning(false);
                  toasts.success(t('sup.plan.saved'));
                  reload();
                }}
              />
            </Show>
            <Dialog open={recording()} title={t('sup.project.recordForGroup')} onClose={() => setRecording(false)}>
              <div class="dialog-body">
                <SupervisionItemForm
                  projectId={r().project.id}
                  groups={r().supervision.groups}
                  requireGroup
                  startedOn={r().project.startedOn}
                  onCancel={() => setRecording(false)}
                  onRecorded={() => {
                    setRecording(false);
                    toasts.success(t('sup.itemForm.recorded'));
                    reload();
                  }}
                />
              </div>
            </Dialog>
            <Show when={deciding()} keyed>
              {(c) => (
                <DecisionDialog
                  change={c}
                  current={r().project}
                  onClose={() => setDeciding(null)}
                  onDecided={(done) => {
                    setDeciding(null);
                    toasts.success(
                      done.status === 'approved'
                        ? t('sup.decision.doneApproved', { project: r().project.title })
                        : t('sup.decision.doneRejected', { project: r().project.title }),
                    );
                    reload();
                  }}
                />
              )}
            </Show>
          </>
        )}
      </Show>
    </Page>
  );
}

/** The cadence a switch moves to: the other one than the project has or is about to have. */
function otherCadence(project: ProjectDetail['project']): Cadence {
  return (project.pendingCadence?.cadence ?? project.cadence) === 'monthly' ? 'quarterly' : 'monthly';
}

/** The project's code, cycle, department and reporting cadence (with a switch that is pending). */
function ProjectMeta(props: { record: ProjectDetail }) {
  return (
    <p class="muted project-meta">
      <span class="mono">{props.record.project.code}</span> · {props.record.cycle.title} · {props.record.project.departmentName}
      {' · '}
      {t('sup.project.cadence', { cadence: cadenceLabel(props.record.project.cadence) })}
      <Show when={props.record.project.pendingCadence}>
        {(pc) => (
          <>
            {' '}
            <span class="badge tone-info">{t('sup.cadence.pending', { cadence: cadenceLabel(pc().cadence), from: pc().from })}</span>
          </>
        )}
      </Show>
    </p>
  );
}

/** The buttons at the record's sections for what the record says the secretariat may do here. */
function secretariatActions(
  r: ProjectDetail,
  may: ProjectDetail['may'] | undefined,
  open: { plan: () => void; cadence: () => void; supervise: () => void },
): ProjectRecordProps['sectionActions'] {
  return {
    ...(may?.plan
      ? {
          plan: () => (
            <button type="button" class="btn btn-small" onClick={() => open.plan()}>
              {t('sup.plan.open')}
            </button>
          ),
        }
      : {}),
    ...(may?.setCadence
      ? {
          reporting: () => (
            <button type="button" class="btn btn-small" onClick={() => open.cadence()}>
              {t('sup.cadence.switchTo', {
                cadence: cadenceLabel(otherCadence(r.project)),
              })}
            </button>
          ),
        }
      : {}),
    ...(may?.supervise && r.supervision.groups.length
      ? {
          supervision: () => (
            <button type="button" class="btn btn-small" onClick={() => open.supervise()}>
              {t('sup.project.recordForGroup')}
            </button>
          ),
        }
      : {}),
  };
}
