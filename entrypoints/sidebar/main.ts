import { browser } from 'wxt/browser';
import { SIDEBAR_PORT, type SidebarPush, type SidebarReport, type SidebarRequest } from '../../src/extension/messages';
import { h } from '../../src/ui/dom';
import { renderReport } from '../../src/ui/render-report';

// The sidebar asks the background for its own tab's report; it never listens to the page.

const content = document.getElementById('content')!;

function send(request: SidebarRequest): Promise<unknown> {
  return browser.runtime.sendMessage(request);
}

async function load(): Promise<void> {
  let answer: SidebarReport | null = null;
  try {
    answer = (await send({ type: 'sidebar:get-report' })) as SidebarReport | null;
  } catch {
    answer = null;
  }
  if (!answer) {
    content.replaceChildren(h('p', { class: 'empty' }, 'No report for this page.'));
    return;
  }
  content.replaceChildren(
    renderReport(answer.report, new Set(answer.shown), {
      onToggleHidden: (id, hidden) => void send({ type: 'sidebar:set-hidden', id, hidden }),
    }),
  );
  document.body.dataset.ready = 'true';
}

document.getElementById('close')!.addEventListener('click', () => void send({ type: 'sidebar:close' }));
// The background tells this sidebar (and only this tab's) when the page's report changed.
browser.runtime.connect({ name: SIDEBAR_PORT }).onMessage.addListener((message: unknown) => {
  if ((message as SidebarPush)?.type === 'report-changed') void load();
});
void load();
