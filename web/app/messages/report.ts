// UI texts (rep.*), [zh, en] per key; merged into the one dictionary by ../i18n.ts.
export const reportMessages = {
} as const satisfies Record<string, readonly [string, string]>;
