// UI texts (prog.*), [zh, en] per key; merged into the one dictionary by ../i18n.ts.
export const progressMessages = {
} as const satisfies Record<string, readonly [string, string]>;
