// UI texts (eval.*), [zh, en] per key; merged into the one dictionary by ../i18n.ts.
export const evaluationMessages = {
} as const satisfies Record<string, readonly [string, string]>;
