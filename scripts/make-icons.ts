// Renders public/icon/icon.svg to the PNG sizes the manifests use (WXT picks up public/icon/<size>.png).
// Run after changing the SVG: `npx tsx scripts/make-icons.ts`.
import { readFileSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { CHROMIUM } from '../tests/e2e/launch-chromium';

const svg = readFileSync('public/icon/icon.svg', 'utf8');
const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ['--no-sandbox', '--disable-gpu'] });
for (const size of [16, 32, 48, 96, 128]) {
  const page = await browser.newPage({ viewport: { width: size, height: size } });
  await page.setContent(`<style>html,body{margin:0;background:transparent}</style>${svg.replace('<svg ', `<svg width="${size}" height="${size}" `)}`);
  await page.screenshot({ path: `public/icon/${size}.png`, omitBackground: true });
  await page.close();
}
await browser.close();
console.log('public/icon/{16,32,48,96,128}.png');
