import type { Page } from 'playwright-core';
import { waitFor } from './wait';

// Runs code in a browser target Playwright does not list among its pages: Chromium's side panel. Found by URL
// over the DevTools protocol, attached to, and evaluated in through the target's own protocol session.

export type TargetEvaluate = <T>(expression: string) => Promise<T>;

export async function attachToTarget(page: Page, urlPrefix: string): Promise<TargetEvaluate> {
  const cdp = await page.context().newCDPSession(page);
  const target = await waitFor(
    async () => (await cdp.send('Target.getTargets')).targetInfos.find((t) => t.type === 'page' && t.url.startsWith(urlPrefix)),
    10_000,
    `a target at ${urlPrefix}`,
  );
  const { sessionId } = await cdp.send('Target.attachToTarget', { targetId: target.targetId, flatten: false });
  const pending = new Map<number, (reply: { result?: { result?: { value?: unknown }; exceptionDetails?: { text: string } } }) => void>();
  cdp.on('Target.receivedMessageFromTarget', (event) => {
    if (event.sessionId !== sessionId) return;
    const reply = JSON.parse(event.message) as { id?: number };
    if (reply.id !== undefined) pending.get(reply.id)?.(reply as never);
    pending.delete(reply.id ?? -1);
  });
  let next = 0;
  return async <T>(expression: string): Promise<T> => {
    const id = ++next;
    const answered = new Promise<Parameters<typeof pending extends Map<number, infer F> ? F : never>[0]>((r) => pending.set(id, r));
    await cdp.send('Target.sendMessageToTarget', {
      sessionId,
      message: JSON.stringify({ id, method: 'Runtime.evaluate', params: { expression, awaitPromise: true, returnByValue: true } }),
    });
    const reply = await answered;
    if (reply.result?.exceptionDetails) throw new Error(`in the target: ${reply.result.exceptionDetails.text}`);
    return reply.result?.result?.value as T;
  };
}
