// UI texts of the department's project workspace (dimp.*), [zh, en] per key; merged by ../i18n.ts.
export const departmentImplementationMessages = {
  'dimp.nav.projects': ['项目实施', 'My projects'],
} as const satisfies Record<string, readonly [string, string]>;
