// Above the annual report on screen (never printed): 打印, 下载 PDF, back to the overview, and the
// CSV exports (projects, progress reports, evaluation results).
import { A } from '@solidjs/router';
import { Show } from 'solid-js';
import { lang, t } from '../../app/i18n';
import { exportLinks, type AnnualReport } from './annual-report-data';
import { useCyclePath } from '../portal/year-address';

export function AnnualReportToolbar(props: { report: AnnualReport }) {
  const links = () => exportLinks(props.report.cycle.id, lang());
  const cyclePath = useCyclePath();
  return (
    <nav class="rep-tools" aria-label={t('rep.tools')}>
      <div class="rep-tools-main">
        <button type="button" class="btn btn-primary" onClick={() => window.print()}>
          {t('rep.print')}
        </button>
        <Show when={props.report.pdfAvailable !== false}>
          <a class="btn" href={links().pdf} download="">
            {t('rep.pdf')}
          </a>
        </Show>
        <A class="btn btn-quiet" href={cyclePath(props.report.cycle.id, 'overview')}>
          {t('rep.back')}
        </A>
      </div>
      <p class="rep-tools-csv">
        <span>{t('rep.downloads')}：</span>
        <a href={links().projects} download="">
          {t('rep.csvProjects')}
        </a>
        <a href={links().progress} download="">
          {t('rep.csvProgress')}
        </a>
        <a href={links().evaluations} download="">
          {t('rep.csvEvaluations')}
        </a>
      </p>
      <p class="rep-tools-hint">
        {t('rep.printHint')}
        <Show when={props.report.pdfAvailable === false}> {t('rep.pdfUnavailable')}</Show>
      </p>
    </nav>
  );
}
