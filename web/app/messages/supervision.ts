// UI texts of the secretariat's implementation pages and deputies' supervision (sup.*), [zh, en]
// per key; merged by ../i18n.ts.
export const supervisionMessages = {
  'sup.nav.deputyProjects': ['监督项目', 'Supervision'],
} as const satisfies Record<string, readonly [string, string]>;
