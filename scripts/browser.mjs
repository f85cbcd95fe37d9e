// The one way a Node script here starts a browser: Debian's Chromium (path and flags in
// ./chromium.mjs) through playwright-core, headless. The screenshots, the Storybook check, the
// dist test, the bench and the WordPress plugin's pictures all launch it from here;
// web-test-runner keeps its own launchers (web-test-runner.config.mjs).
import { existsSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium.mjs';

/**
 * Launches headless Chromium with CHROMIUM_ARGS and any `args` of the caller after them; other
 * options go to playwright-core's `chromium.launch` as they are.
 * @param {import('playwright-core').LaunchOptions} [options]
 * @returns {Promise<import('playwright-core').Browser>}
 */
export function launchChromium({ args = [], ...options } = {}) {
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(`Chromium is missing at ${CHROMIUM_PATH}: apt-get install -y chromium (or npm run setup), or set CHROMIUM_PATH`);
  }
  return chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, ...options, args: [...CHROMIUM_ARGS, ...args] });
}
