// The annual report's data (one public answer, typed by the server's contract) and the addresses of its exports.
import { api } from '../../app/api';
import type { PublicReportAnswer } from '@contract';

/** GET /api/public/cycles/:id/report: the server's contract. */
export type AnnualReport = PublicReportAnswer;
export type EvaluationResult = AnnualReport['evaluations'][number];
export type AnnualReportProject = AnnualReport['projects'][number];

export const annualReportApi = {
  load: (cycleId: string) => api.get('/api/public/cycles/:id/report', { params: { id: cycleId } }),
};

/** Plain links (downloads), not api calls: the browser saves them under the server's file names. */
export const exportLinks = (cycleId: string, lang: 'zh' | 'en') => ({
  pdf: `/api/public/cycles/${cycleId}/report.pdf${lang === 'en' ? '?lang=en' : ''}`,
  projects: `/api/public/cycles/${cycleId}/projects.csv`,
  progress: `/api/public/cycles/${cycleId}/progress.csv`,
  evaluations: `/api/public/cycles/${cycleId}/evaluations.csv`,
});
