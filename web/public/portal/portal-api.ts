// What the portal asks of the server (no account): every congress with its years, or one by its code.
import type { PortalCongress, PortalPage, PortalYear } from '@contract';
import { api } from '../../app/api';

export type { PortalCongress, PortalPage, PortalYear };

export const portalApi = {
  all: () => api.get('/api/public/portal').then((r) => r.congresses),
  congress: (code: string) => api.get('/api/public/portal/:code', { params: { code } }).then((r) => r.congress),
};
