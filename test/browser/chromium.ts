/** Debian Chromium driven by playwright-core, for the screens' end-to-end tests. */
import { mkdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';

export const ARTIFACTS = resolve(import.meta.dirname, '../../test-artifacts');

/** Launches headless Debian Chromium with the flags this machine needs (plus `extraArgs`, e.g. for a bench). */
export async function launchChromium(extraArgs: string[] = []): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-quic', '--no-first-run',
      '--disable-component-update', '--disable-sync', '--autoplay-policy=no-user-gesture-required', ...extraArgs],
  });
}

/** Saves a screenshot under test-artifacts/ (kept by CI, looked at by people). */
export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(ARTIFACTS, { recursive: true });
  const file = join(ARTIFACTS, `${name}.png`);
  await page.screenshot({ path: file, fullPage: false });
  return file;
}

let axeSource: string | undefined;

/** Runs axe-core in the page and returns the serious and critical violations. */
export async function axeViolations(page: Page): Promise<Array<{ id: string; impact: string; help: string; nodes: number }>> {
  const axePath = resolve(import.meta.dirname, '../../node_modules/axe-core/axe.min.js');
  // Evaluated over the debugging protocol: a <script> tag would be refused by the screens' content security policy.
  axeSource ??= readFileSync(axePath, 'utf8');
  await page.evaluate(axeSource);
  const result = await page.evaluate(async () => {
    const r = await (window as unknown as { axe: { run(): Promise<{ violations: Array<{ id: string; impact: string; help: string; nodes: unknown[] }> }> } }).axe.run();
    return r.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.length }));
  });
  return result.filter((v) => v.impact === 'serious' || v.impact === 'critical');
}

/** Waits until the page has had `n` snapshots from the server (html[data-snapshots], set by ui-shared/connection.ts): check an absence only after it. */
export async function waitForSnapshot(page: Page, n = 1): Promise<void> {
  await page.waitForFunction((k) => Number(document.documentElement.dataset.snapshots ?? 0) >= k, n, { timeout: 15_000 });
}

/** Opens a staff page (`url`: the server's address and the path) and signs in on its form. */
export async function signIn(page: Page, url: string, user: string, password = 'demo'): Promise<void> {
  await page.goto(url);
  await page.getByLabel('Tên đăng nhập').fill(user);
  await page.getByLabel('Mật khẩu').fill(password);
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
}
