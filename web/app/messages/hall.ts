// UI texts of the hall pages, [zh, en] per key; merged into the one dictionary by ../i18n.ts.
export const hallMessages = {
} as const satisfies Record<string, readonly [string, string]>;
