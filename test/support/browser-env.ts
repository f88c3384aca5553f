// Whether the browser tests can run here; REQUIRE_BROWSER=1 turns "no Chromium" into a failure.
import { existsSync } from 'node:fs';

export const CHROMIUM_PATH = '/usr/bin/chromium';
export const hasChromium = existsSync(CHROMIUM_PATH);
export const NO_CHROMIUM_REASON = `browser tests skipped: no Chromium at ${CHROMIUM_PATH} (install the Debian package "chromium")`;
