// One project as its responsible department (责任单位) works on it: where it stands, what waits on
// the department (a report due, supervision to answer, an open rectification), the forms for each
// (plan, progress report and its corrections, answers, change requests, rectification report),
// then the read-only record. After each action the record is loaded again, so what the page shows
// is what the server holds. Another department's project gets a clear "no access", not a blank.
import { A, useParams } from '@solidjs/router';
import { createSignal, For, Show } from 'solid-js';
import { ApiError } from '../app/api';
import { confirmAction } from '../app/confirm';
import { t } from '../app/i18n';
import { createLoader } from '../app/loader';
import { Page } from '../app/Page';
import { toasts } from '../app/toasts';
import { chinaDateOf, pick } from '../implementation/labels';
import { ProjectRecord } from '../implementation/ProjectRecord';
import { DepartmentRecord } from './DepartmentRecord';
import { AnswerDialog } from './AnswerDialog';
import { ChangeForm } from './ChangeForm';
import { OnceForm } from './OnceForm';
import { PlanForm } from './PlanForm';
import { departmentProjectsApi, type ProgressReport, type ProjectChange, type StaffProjectRecord, type SupervisionItem } from './projects';
import { ProgressReportForm } from './ProgressReportForm';
import '../solicitation/solicitation.css';
import './department.css';

type Loaded = { record: StaffProjectRecord } | { refused: 'forbidden' | 'missing' };

async function loadProject(id: string): Promise<Loaded> {
  try {
    return { record: await departmentProjectsApi.get(id) };
  } catch (err) {
    if (err instanceof ApiError && (err.status === 403 || err.status === 404)) {
      return { refused: err.status === 403 ? 'forbidden' : 'missing' };
    }
    throw err;
  }
}

function Refused(props: { kind: 'forbidden' | 'missing' }) {
  return (
    <div class="card card-error" role="alert">
      <h2 class="card-title">{props.kind === 'forbidden' ? t('dimp.page.forbiddenTitle') : t('dimp.page.missingTitle')}</h2>
      <p>{props.kind === 'forbidden' ? t('dimp.page.forbidden') : t('dimp.page.missing')}</p>
      <A href="/department/projects" class="btn">
        {t('dimp.page.toList')}
      </A>
    </div>
  );
}

/** The plan editor: open while no plan is set, else from the plan section's "修改计划". */
function PlanEditor(props: { r: StaffProjectRecord; onClose: () => void; reload: () => void }) {
  const first = () => !props.r.project.plan.setAt;
  return (
    <section class="card dimp-work" id="plan" aria-labelledby="dimp-plan">
      <h2 class="card-title" id="dimp-plan">
        {first() ? t('dimp.plan.setTitle') : t('dimp.plan.editTitle')}
      </h2>
      <Show when={first()}>
        <p class="notice">{t('dimp.plan.notSet')}</p>
      </Show>
      <PlanForm
        record={props.r}
        onDone={() => {
          props.onClose();
          props.reload();
        }}
        onCancel={first() ? undefined : props.onClose}
      />
    </section>
  );
}

function ReportSection(props: {
  r: StaffProjectRecord;
  corrects: ProgressReport | null;
  version: number;
  onDone: () => void;
  onCancelCorrection: () => void;
}) {
  return (
    <section class="card dimp-work" id="report" aria-labelledby="dimp-report">
      <h2 class="card-title" id="dimp-report">
        {props.corrects ? t('dimp.report.correctTitle', { n: props.corrects.number }) : t('dimp.report.title')}
      </h2>
      {/* Keyed on the report corrected and the count of reports sent, so the form starts afresh for each. */}
      <Show when={`${props.corrects?.id ?? 'new'}-${props.version}`} keyed>
        {(_key) => (
          <ProgressReportForm
            record={props.r}
            corrects={props.corrects ?? undefined}
            onDone={props.onDone}
            onCancelCorrection={props.onCancelCorrection}
          />
        )}
      </Show>
    </section>
  );
}

function ChangeRequest(props: { r: StaffProjectRecord; onClose: () => void; reload: () => void }) {
  return (
    <section class="card dimp-work" id="change-request" aria-labelledby="dimp-change">
      <h2 class="card-title" id="dimp-change">
        {t('dimp.change.formTitle')}
      </h2>
      <p class="field-hint">{t('dimp.change.intro')}</p>
      <ChangeForm
        record={props.r}
        onDone={() => {
          props.onClose();
          props.reload();
        }}
        onCancel={props.onClose}
      />
    </section>
  );
}

/** An open rectification order waits on the department: its report, sent once. */
function RectificationWork(props: { r: StaffProjectRecord; reload: () => void }) {
  const open = () => props.r.rectifications.filter((x) => x.status === 'open');
  return (
    <Show when={open().length}>
      <section class="card card-warn dimp-work" id="rectification" aria-labelledby="dimp-rect">
        <h2 class="card-title" id="dimp-rect">
          {t('dimp.rect.title')}
        </h2>
        <For each={open()}>
          {(x) => (
            <div class="dimp-rect" data-testid="dimp-rectification">
              <p>{t('dimp.rect.ordered', { date: chinaDateOf(x.orderedAt), due: x.dueOn })}</p>
              <OnceForm
                label={t('dimp.rect.report')}
                hint={t('dimp.rect.reportHint')}
                submitLabel={t('dimp.rect.send')}
                confirmTitle={t('dimp.rect.confirmTitle')}
                confirmMessage={t('dimp.rect.confirmMessage')}
                done={t('dimp.rect.sent')}
                send={(text) => departmentProjectsApi.reportRectification(x.id, text)}
                onDone={props.reload}
              />
            </div>
          )}
        </For>
      </section>
    </Show>
  );
}

/** Supervision items waiting for an answer, as a reminder linking to them in the record. */
function Unanswered(props: { r: StaffProjectRecord }) {
  const open = () => props.r.supervision.items.filter((i) => !i.answer);
  return (
    <Show when={props.r.may.answer && open().length}>
      <div class="notice dimp-reminder" role="note">
        {t('dimp.sup.reminder', { n: open().length })}{' '}
        <For each={open()}>
          {(i) => (
            <a href={`#sup-${i.id}`} class="dimp-reminder-link">
              {pick(i.kindLabel)} {i.occurredOn}
            </a>
          )}
        </For>
      </div>
    </Show>
  );
}

/** Short links to the parts of the page, with what waits in each. */
function Jump(props: { r: StaffProjectRecord }) {
  return (
    <nav class="dimp-jump" aria-label={t('dimp.page.jump')}>
      <Show when={props.r.rectifications.some((x) => x.status === 'open')}>
        <a href="#rectification">{t('dimp.rect.title')}</a>
      </Show>
      <Show when={props.r.may.report}>
        <a href="#report">{t('dimp.report.title')}</a>
      </Show>
      <a href="#rec-plan">{t('dimp.plan.title')}</a>
      <a href="#rec-reports">{t('dimp.rec.reports')}</a>
      <a href="#rec-supervision">
        {t('dimp.sup.title')}
        <Show when={props.r.supervision.unanswered}>{`（${props.r.supervision.unanswered}）`}</Show>
      </a>
      <a href="#rec-changes">{t('dimp.change.title')}</a>
    </nav>
  );
}

export function ProjectPage() {
  const params = useParams<{ id: string }>();
  const loaded = createLoader(() => params.id, loadProject);
  const record = () => {
    const d = loaded.data();
    return d && 'record' in d ? d.record : null;
  };
  const refused = () => {
    const d = loaded.data();
    return d && 'refused' in d ? d : null;
  };
  const reload = () => void loaded.reload();
  const [corrects, setCorrects] = createSignal<ProgressReport | null>(null);
  // Counts the reports sent from this page: a new one clears the report form.
  const [version, setVersion] = createSignal(0);
  const [editingPlan, setEditingPlan] = createSignal(false);
  const [requesting, setRequesting] = createSignal(false);
  const [answering, setAnswering] = createSignal<SupervisionItem | null>(null);
  const goTo = (id: string) => queueMicrotask(() => document.getElementById(id)?.scrollIntoView({ block: 'start' }));

  const withdraw = (c: ProjectChange) =>
    confirmAction.ask({
      title: t('dimp.change.withdrawTitle'),
      message: t('dimp.change.withdrawMessage', { kind: pick(c.kindLabel) }),
      confirmLabel: t('dimp.change.withdraw'),
      danger: true,
      run: async () => {
        await departmentProjectsApi.withdrawChange(c.id);
        toasts.success(t('dimp.change.withdrawn'));
        reload();
      },
    });

  return (
    <Page
      title={record()?.project.title ?? (refused() ? t('dimp.page.forbiddenTitle') : t('dimp.page.project'))}
      actions={
        <Show when={!refused()}>
          <A href="/department/projects" class="btn">
            {t('dimp.page.toList')}
          </A>
        </Show>
      }
    >
      <Show when={loaded.error()}>
        <p class="form-message" role="alert">
          {loaded.error()}
        </p>
      </Show>
      <Show when={refused()}>{(x) => <Refused kind={x().refused} />}</Show>
      <Show
        when={record()}
        fallback={
          <Show when={!loaded.error() && !refused()}>
            <p class="muted">{t('common.loading')}</p>
          </Show>
        }
      >
        {(r) => (
          <div class="dimp-page">
            <Jump r={r()} />
            <ProjectRecord record={r()} sections={['summary']} departmentHref={() => null} />
            <Unanswered r={r()} />
            <RectificationWork r={r()} reload={reload} />
            <Show when={r().may.plan && (editingPlan() || !r().project.plan.setAt)}>
              <PlanEditor r={r()} onClose={() => setEditingPlan(false)} reload={reload} />
            </Show>
            <Show when={r().may.report}>
              <ReportSection
                r={r()}
                corrects={corrects()}
                version={version()}
                onDone={() => {
                  setCorrects(null);
                  setVersion((v) => v + 1);
                  reload();
                }}
                onCancelCorrection={() => setCorrects(null)}
              />
            </Show>
            <Show when={requesting() && r().may.requestChange}>
              <ChangeRequest r={r()} onClose={() => setRequesting(false)} reload={reload} />
            </Show>
            <DepartmentRecord
              r={r()}
              editingPlan={editingPlan()}
              requesting={requesting()}
              onEditPlan={() => {
                setEditingPlan(true);
                goTo('plan');
              }}
              onRequestChange={() => {
                setRequesting(true);
                goTo('change-request');
              }}
              onCorrect={(rep) => {
                setCorrects(rep);
                goTo('report');
              }}
              onAnswer={(item) => setAnswering(item)}
              onWithdraw={withdraw}
            />
            <AnswerDialog
              item={answering()}
              onClose={() => setAnswering(null)}
              onDone={() => {
                setAnswering(null);
                reload();
              }}
            />
          </div>
        )}
      </Show>
    </Page>
  );
}
