// UI texts of the solicitation pages, [zh, en] per key; merged into the one dictionary by ../i18n.ts.
export const solicitationMessages = {
} as const satisfies Record<string, readonly [string, string]>;
