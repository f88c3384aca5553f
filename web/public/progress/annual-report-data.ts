// The annual report's data (one public answer) and the addresses of its exports. The shapes reuse
// the implementation pages' types; the type-level check at the end compares them with the server's.
import { api } from '../../app/api';
import type { publicReport } from '../../../server/phase3-implementation/report.service';
import type { DepartmentRecord, Grade, Overview, ProjectRecordData } from '../../implementation/types';

export interface EvaluationResult {
  ballotId: string;
  title: string;
  certifiedAt: string | null;
  ledgerId: string;
  head: { seq: number; hash: string };
  rosterCount: number; presentCount: number; issued: number; returned: number;
  valid: number; invalid: number; basis: number; threshold: number; void: boolean;
  projects: Array<{
    projectId: string; code: string | null; title: string; departmentName: string | null;
    satisfied: number; basically_satisfied: number; unsatisfied: number; abstain: number;
    grade: Grade; gradeLabel: string; satisfactionRateText: string;
  }>;
}

export type AnnualReportProject = Omit<ProjectRecordData, 'timeline' | 'cycle'>;

/** GET /api/public/cycles/:id/report */
export interface AnnualReport extends Overview {
  /** The China date the report speaks for. */
  asOf: string;
  record: DepartmentRecord;
  projects: AnnualReportProject[];
  evaluations: EvaluationResult[];
  departments: Array<{ id: string; name: string | null; record: DepartmentRecord }>;
  /** Whether the server can make the PDF (the route adds it); else the page offers print → save as PDF. */
  pdfAvailable?: boolean;
}

export const annualReportApi = {
  load: (cycleId: string) => api.get<AnnualReport>(`/api/public/cycles/${cycleId}/report`),
};

/** Plain links (downloads), not api calls: the browser saves them under the server's file names. */
export const exportLinks = (cycleId: string, lang: 'zh' | 'en') => ({
  pdf: `/api/public/cycles/${cycleId}/report.pdf${lang === 'en' ? '?lang=en' : ''}`,
  projects: `/api/public/cycles/${cycleId}/projects.csv`,
  progress: `/api/public/cycles/${cycleId}/progress.csv`,
  evaluations: `/api/public/cycles/${cycleId}/evaluations.csv`,
});

// Type-level only: the server's answer must fit the shape read here.
type Fits<Server extends Web, Web> = [Server, Web];
export type AnnualReportShapeCheck = Fits<Awaited<ReturnType<typeof publicReport>>, AnnualReport>;
