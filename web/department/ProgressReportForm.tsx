// The progress report (进展报告) form. Funds are typed in 万元 and sent as integer 元. A report is
// final once submitted, so the department confirms the figures first; a mistake is put right by a
// correction (a new report naming the one it corrects and saying what changes), started from a
// report's "更正" action. Whether the figures may stand (not below the last, not above the budget,
// every milestone at 100%) is the server's call: its messages land at the fields.
import { createMemo, createSignal, For, Show, untrack } from 'solid-js';
import { createStore, type SetStoreFunction } from 'solid-js/store';
import { confirmAction } from '../app/confirm';
import { FormMessage, TextAreaField } from '../app/fields';
import { t } from '../app/i18n';
import { toasts } from '../app/toasts';
import { CheckboxField, InputField } from '../solicitation/inputs';
import { formatYuan, readWan, wan, wanText } from '../solicitation/money';
import { createProblemErrors, type ProblemErrors } from '../solicitation/problems';
import { departmentProjectsApi, type ProgressReport, type ProgressReportInput, type StaffProjectRecord } from './projects';

const FIELDS = ['asOf', 'percentComplete', 'disbursedYuan', 'narrative', 'problems', 'milestonesReached', 'correctsId', 'correctionNote'];

/** Today's date in China (the server judges "not in the future" by it). */
export const chinaToday = () => new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date());

const initialReport = (c: ProgressReport | undefined) => ({
  asOf: c?.asOf ?? chinaToday(),
  percent: c ? String(c.percentComplete) : '',
  disbursed: c ? wanText(c.disbursedYuan) : '',
  narrative: c?.narrative ?? '',
  problems: c?.problems ?? '',
  reached: (c?.milestonesReached.map((m) => m.id) ?? []) as string[],
  correctionNote: '',
});
type ReportForm = ReturnType<typeof initialReport>;
type Milestone = StaffProjectRecord['project']['plan']['milestones'][number];

/** The checks made before sending, by field. */
function reportChecks(form: ReportForm, correcting: boolean): Record<string, string | null> {
  const local: Record<string, string | null> = {};
  if (!/^\d{4}-\d{2}-\d{2}$/.test(form.asOf)) local.asOf = t('dimp.report.checkDate');
  const pct = form.percent.trim();
  if (!/^\d{1,3}$/.test(pct) || Number(pct) > 100) local.percentComplete = t('dimp.report.checkPercent');
  const d = readWan(form.disbursed);
  if (d.kind === 'empty') local.disbursedYuan = t('check.required');
  else if (d.kind === 'bad') local.disbursedYuan = d.message;
  if (!form.narrative.trim()) local.narrative = t('check.required');
  if (correcting && !form.correctionNote.trim()) local.correctionNote = t('dimp.report.checkNote');
  return { asOf: null, percentComplete: null, disbursedYuan: null, narrative: null, correctionNote: null, ...local };
}

export function ProgressReportForm(props: {
  record: StaffProjectRecord;
  /** Correcting this report; a regular report when absent. */
  corrects?: ProgressReport;
  onDone: () => void;
  onCancelCorrection: () => void;
}) {
  const project = () => props.record.project;
  const c = untrack(() => props.corrects);
  // The report that counts now (the newest one not replaced by a correction).
  const last = () => props.record.reports.find((r) => !r.correctedById) ?? null;
  const [form, setForm] = createStore(initialReport(c));
  const errors = createProblemErrors(FIELDS, () => ({
    asOf: form.asOf,
    percentComplete: form.percent,
    disbursedYuan: form.disbursed,
    narrative: form.narrative,
    problems: form.problems,
    milestonesReached: form.reached,
    correctionNote: form.correctionNote,
  }));
  const [busy, setBusy] = createSignal(false);
  const disbursed = createMemo(() => readWan(form.disbursed));

  // Milestones one may tick: those not yet reached, and (in a correction) those the corrected report ticked.
  const choices = createMemo(() => project().plan.milestones.filter((m) => m.reachedOn === null || c?.milestonesReached.some((x) => x.id === m.id)));

  const build = (): ProgressReportInput | null => {
    // Re-run as the user types once a submit has shown them.
    if (!errors.local(() => reportChecks(form, !!c))) return null;
    const pct = form.percent.trim();
    const d = disbursed();
    return {
      asOf: form.asOf,
      percentComplete: Number(pct),
      disbursedYuan: (d as { yuan: number }).yuan,
      narrative: form.narrative.trim(),
      problems: form.problems.trim() || null,
      // Only milestones still offered (a correction may drop one it ticked).
      milestonesReached: form.reached.filter((id) => choices().some((m) => m.id === id)),
      ...(c ? { correctsId: c.id, correctionNote: form.correctionNote.trim() } : {}),
    };
  };

  const send = async (input: ProgressReportInput) => {
    setBusy(true);
    try {
      await departmentProjectsApi.report(project().id, input);
      toasts.success(c ? t('dimp.report.corrected', { n: c.number }) : t('dimp.report.sent'));
      props.onDone();
    } catch (err) {
      errors.capture(err);
    } finally {
      setBusy(false);
    }
  };

  const submit = () => {
    const input = build();
    if (!input) return;
    // Final once sent: the confirmation repeats the figures as the department will see them on the record.
    confirmAction.ask({
      title: c ? t('dimp.report.confirmCorrectionTitle', { n: c.number }) : t('dimp.report.confirmTitle'),
      message: t('dimp.report.confirmMessage', {
        asOf: input.asOf,
        percent: input.percentComplete,
        wan: wan(input.disbursedYuan),
        milestones: input.milestonesReached?.length
          ? project()
              .plan.milestones.filter((m) => input.milestonesReached?.includes(m.id))
              .map((m) => m.name)
              .join('、')
          : t('dimp.report.noMilestones'),
      }),
      confirmLabel: t('dimp.report.confirmSend'),
      // Errors go to the form's fields, not the dialog: the dialog closes either way.
      run: async () => {
        void send(input);
      },
    });
  };

  return (
    <form
      class="dimp-form"
      novalidate
      aria-label={c ? t('dimp.report.correctTitle', { n: c.number }) : t('dimp.report.title')}
      onSubmit={(e) => {
        e.preventDefault();
        if (!busy()) submit();
      }}
    >
      <Show when={c}>{(r) => <CorrectingNotice report={r()} onCancel={() => props.onCancelCorrection()} />}</Show>
      <p class="field-hint">{t('dimp.report.finalHint')}</p>
      <ReportFigures project={project()} last={last()} correcting={!!c} form={form} setForm={setForm} errors={errors} />
      <TextAreaField
        label={t('dimp.report.narrative')}
        hint={t('dimp.report.narrativeHint')}
        rows={4}
        maxLength={5000}
        value={form.narrative}
        onInput={(v) => setForm('narrative', v)}
        error={errors.field('narrative')}
      />
      <TextAreaField
        label={t('dimp.report.problems')}
        optional
        rows={2}
        maxLength={2000}
        value={form.problems}
        onInput={(v) => setForm('problems', v)}
        error={errors.field('problems')}
      />
      <MilestoneChoices
        choices={choices()}
        reached={form.reached}
        onToggle={(id, on) => setForm('reached', (list) => (on ? [...list, id] : list.filter((x) => x !== id)))}
        error={errors.field('milestonesReached')}
      />
      <Show when={c}>
        <TextAreaField
          label={t('dimp.report.correctionNote')}
          hint={t('dimp.report.correctionNoteHint')}
          rows={2}
          maxLength={500}
          value={form.correctionNote}
          onInput={(v) => setForm('correctionNote', v)}
          error={errors.field('correctionNote') ?? errors.field('correctsId')}
        />
      </Show>
      <div class="form-footer">
        <FormMessage text={errors.general()} />
        <div class="form-actions">
          <button type="submit" class="btn btn-primary" disabled={busy()}>
            {busy() ? t('dimp.report.sending') : c ? t('dimp.report.sendCorrection') : t('dimp.report.send')}
          </button>
        </div>
      </div>
    </form>
  );
}

/** Which report this one corrects, with the way back to a regular report. */
function CorrectingNotice(props: { report: ProgressReport; onCancel: () => void }) {
  return (
    <div class="notice dimp-correcting">
      <p>
        {t('dimp.report.correcting', {
          n: props.report.number,
          asOf: props.report.asOf,
          percent: props.report.percentComplete,
          wan: wan(props.report.disbursedYuan),
        })}
      </p>
      <button type="button" class="btn btn-small" onClick={() => props.onCancel()}>
        {t('dimp.report.cancelCorrection')}
      </button>
    </div>
  );
}

/** The report's date and figures, each with the last report's beside it (percent complete, funds disbursed in 万元 echoed in 元). */
function ReportFigures(props: {
  project: StaffProjectRecord['project'];
  last: ProgressReport | null;
  correcting: boolean;
  form: ReportForm;
  setForm: SetStoreFunction<ReportForm>;
  errors: ProblemErrors;
}) {
  const disbursed = createMemo(() => readWan(props.form.disbursed));
  return (
    <div class="dimp-report-grid">
      <InputField
        type="date"
        label={t('dimp.report.asOf')}
        hint={t('dimp.report.asOfHint', { start: props.project.startedOn })}
        min={props.project.startedOn}
        value={props.form.asOf}
        onInput={(v) => props.setForm('asOf', v)}
        error={props.errors.field('asOf')}
      />
      <InputField
        label={t('dimp.report.percent')}
        inputMode="numeric"
        suffix="%"
        maxLength={3}
        value={props.form.percent}
        hint={
          props.last && !props.correcting ? t('dimp.report.percentHint', { last: props.last!.percentComplete }) : t('dimp.report.percentHintFirst')
        }
        onInput={(v) => props.setForm('percent', v)}
        error={props.errors.field('percentComplete')}
      />
      <div>
        <InputField
          label={t('dimp.report.disbursed')}
          inputMode="decimal"
          suffix="万元"
          maxLength={24}
          value={props.form.disbursed}
          hint={t('dimp.report.disbursedHint', { budget: wan(props.project.budgetYuan), last: wan(props.last?.disbursedYuan ?? 0) })}
          onInput={(v) => props.setForm('disbursed', v)}
          error={props.errors.field('disbursedYuan')}
        />
        <Show when={disbursed().kind === 'ok'}>
          <p class="yuan-echo" aria-live="polite">
            = {formatYuan((disbursed() as { yuan: number }).yuan)} {t('sol.unit.yuan')}
          </p>
        </Show>
      </div>
    </div>
  );
}

/** The milestones this report says were reached (those still open, and in a correction those the corrected report ticked). */
function MilestoneChoices(props: {
  choices: Milestone[];
  reached: string[];
  onToggle: (id: string, on: boolean) => void;
  error: string | null | undefined;
}) {
  return (
    <fieldset class="fieldset fieldset-plain dimp-milestones" classList={{ 'field-invalid': !!props.error }}>
      <legend class="field-label">{t('dimp.report.milestones')}</legend>
      <Show when={props.choices.length} fallback={<p class="muted small">{t('dimp.report.milestonesNone')}</p>}>
        <For each={props.choices}>
          {(m) => (
            <CheckboxField
              label={t('dimp.report.milestoneChoice', { name: m.name, due: m.dueOn })}
              checked={props.reached.includes(m.id)}
              onChange={(on) => props.onToggle(m.id, on)}
            />
          )}
        </For>
      </Show>
      <Show when={props.error}>
        <p class="field-error">{props.error}</p>
      </Show>
    </fieldset>
  );
}
