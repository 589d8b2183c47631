/// <reference types="chrome" />
// npm run demo: opens the demo article in headless Chromium with the built extension, saves a screenshot of
// the page with its sidebar, and prints what the extension found.
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { decidedTab, launchChromium, readySidebar } from '../tests/e2e/launch-chromium';
import { startFixtureServer } from '../tests/e2e/server';

const FIXTURE = process.argv[2] ?? 'demo-tagdiv-article';
const OUT = resolve('artifacts', `${FIXTURE}.png`);

const server = await startFixtureServer();
const session = await launchChromium();
try {
  const page = await session.context.newPage();
  await page.goto(server.url(FIXTURE));
  const { state } = await decidedTab(session, page, 15_000);
  const hasNotes = Boolean(state.report && (state.report.notes.length || state.report.hidden.length));
  const sidebar = hasNotes ? await readySidebar(session, page) : undefined;
  mkdirSync('artifacts', { recursive: true });
  await page.screenshot({ path: OUT });

  const r = state.report;
  console.log(`Page:       ${server.url(FIXTURE)}`);
  console.log(`Screenshot: ${OUT}`);
  console.log(`Article:    ${state.status === 'article' ? 'yes' : 'no'}${r ? ` (confidence ${r.article.confidence})` : ''}`);
  if (r) {
    console.log(`Hidden:     ${r.hidden.length ? r.hidden.map((h) => `${h.system} (${h.chars} chars)`).join(', ') : 'nothing'}`);
    console.log(`Notes:      ${r.notes.length}`);
    for (const n of r.notes) console.log(`  - ${n.title}${n.labels.length ? `  [label: ${n.labels.map((l) => l.split('/')[1]).join(', ')}]` : ''}`);
  }
  console.log(`Sidebar:    ${sidebar ? 'shown' : 'not shown'}`);
} finally {
  await session.close();
  await server.close();
}
