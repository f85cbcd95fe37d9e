// Debian's Chromium as every tool here starts it: web-test-runner (both configs), and every Node
// script that drives a browser, through ./browser.mjs. No browser is downloaded by any test tool.
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Headless, quiet (no background traffic, updates or sync), and no QUIC to the loopback server. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--headless=new',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];
