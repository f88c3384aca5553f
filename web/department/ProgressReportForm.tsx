// The progress report (进展报告) form. Funds are typed in 万元 and sent as integer 元. A report is
// final once submitted, so the department confirms the figures first; a mistake is put right by a
// correction (a new report naming the one it corrects and saying what changes), started from a
// report's "更正" action. Whether the figures may stand (not below the last, not above the budget,
// every milestone at 100%) is the server's call: its messages land at the fields.
import { createMemo, createSignal, For, Show, untrack } from 'solid-js';
import { createStore } from 'solid-js/store';
import { confirmAction } from '../app/confirm';
import { FormMessage, TextAreaField } from '../app/fields';
import { t } from '../app/i18n';
import { toasts } from '../app/toasts';
import { CheckboxField, InputField } from '../solicitation/inputs';
import { formatYuan, readWan, wan, wanText } from '../solicitation/money';
import { createProblemErrors } from '../solicitation/problems';
import { departmentProjectsApi, type ProgressReport, type ProgressReportInput, type StaffProjectRecord } from './projects';

const FIELDS = ['asOf', 'percentComplete', 'disbursedYuan', 'narrative', 'problems', 'milestonesReached', 'correctsId', 'correctionNote'];

/** Today's date in China (the server judges "not in the future" by it). */
export const chinaToday = () => new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date());

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
  const [form, setForm] = createStore({
    asOf: c?.asOf ?? chinaToday(),
    percent: c ? String(c.percentComplete) : '',
    disbursed: c ? wanText(c.disbursedYuan) : '',
    narrative: c?.narrative ?? '',
    problems: c?.problems ?? '',
    reached: (c?.milestonesReached.map((m) => m.id) ?? []) as string[],
    correctionNote: '',
  });
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

  // The checks made before sending; re-run as the user types once a submit has shown them.
  const checks = () => {
    const local: Record<string, string | null> = {};
    if (!/^\d{4}-\d{2}-\d{2}$/.test(form.asOf)) local.asOf = t('dimp.report.checkDate');
    const pct = form.percent.trim();
    if (!/^\d{1,3}$/.test(pct) || Number(pct) > 100) local.percentComplete = t('dimp.report.checkPercent');
    const d = disbursed();
    if (d.kind === 'empty') local.disbursedYuan = t('check.required');
    else if (d.kind === 'bad') local.disbursedYuan = d.message;
    if (!form.narrative.trim()) local.narrative = t('check.required');
    if (c && !form.correctionNote.trim()) local.correctionNote = t('dimp.report.checkNote');
    return { asOf: null, percentComplete: null, disbursedYuan: null, narrative: null, correctionNote: null, ...local };
  };

  // Milestones one may tick: those not yet reached, and (in a correction) those the corrected report ticked.
  const choices = createMemo(() => project().plan.milestones.filter((m) => m.reachedOn === null || c?.milestonesReached.some((x) => x.id === m.id)));

  const build = (): ProgressReportInput | null => {
    if (!errors.local(checks)) return null;
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
      <Show when={c}>
        {(r) => (
          <div class="notice dimp-correcting">
            <p>{t('dimp.report.correcting', { n: r().number, asOf: r().asOf, percent: r().percentComplete, wan: wan(r().disbursedYuan) })}</p>
            <button type="button" class="btn btn-small" onClick={() => props.onCancelCorrection()}>
              {t('dimp.report.cancelCorrection')}
            </button>
          </div>
        )}
      </Show>
      <p class="field-hint">{t('dimp.report.finalHint')}</p>
      <div class="dimp-report-grid">
        <InputField
          type="date"
          label={t('dimp.report.asOf')}
          hint={t('dimp.report.asOfHint', { start: project().startedOn })}
          min={project().startedOn}
          value={form.asOf}
          onInput={(v) => setForm('asOf', v)}
          error={errors.field('asOf')}
        />
        <InputField
          label={t('dimp.report.percent')}
          inputMode="numeric"
          suffix="%"
          maxLength={3}
          value={form.percent}
          hint={last() && !c ? t('dimp.report.percentHint', { last: last()!.percentComplete }) : t('dimp.report.percentHintFirst')}
          onInput={(v) => setForm('percent', v)}
          error={errors.field('percentComplete')}
        />
        <div>
          <InputField
            label={t('dimp.report.disbursed')}
            inputMode="decimal"
            suffix="万元"
            maxLength={24}
            value={form.disbursed}
            hint={t('dimp.report.disbursedHint', { budget: wan(project().budgetYuan), last: wan(last()?.disbursedYuan ?? 0) })}
            onInput={(v) => setForm('disbursed', v)}
            error={errors.field('disbursedYuan')}
          />
          <Show when={disbursed().kind === 'ok'}>
            <p class="yuan-echo" aria-live="polite">
              = {formatYuan((disbursed() as { yuan: number }).yuan)} {t('sol.unit.yuan')}
            </p>
          </Show>
        </div>
      </div>
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
      <fieldset class="fieldset fieldset-plain dimp-milestones" classList={{ 'field-invalid': !!errors.field('milestonesReached') }}>
        <legend class="field-label">{t('dimp.report.milestones')}</legend>
        <Show when={choices().length} fallback={<p class="muted small">{t('dimp.report.milestonesNone')}</p>}>
          <For each={choices()}>
            {(m) => (
              <CheckboxField
                label={t('dimp.report.milestoneChoice', { name: m.name, due: m.dueOn })}
                checked={form.reached.includes(m.id)}
                onChange={(on) => setForm('reached', (list) => (on ? [...list, m.id] : list.filter((x) => x !== m.id)))}
              />
            )}
          </For>
        </Show>
        <Show when={errors.field('milestonesReached')}>
          <p class="field-error">{errors.field('milestonesReached')}</p>
        </Show>
      </fieldset>
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
