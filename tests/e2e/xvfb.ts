import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';

// A virtual X display for the one test that needs real key presses (extension keyboard shortcuts are
// browser accelerators: headless Chromium and synthetic page events never reach them).

export interface VirtualDisplay {
  display: string;
  /** Presses keys (xdotool syntax, e.g. "alt+shift+k") in the focused window of `windowClass`. */
  press(keys: string, windowClass: string): void;
  close(): void;
}

export async function startVirtualDisplay(): Promise<VirtualDisplay> {
  for (const tool of ['/usr/bin/Xvfb', '/usr/bin/xdotool'])
    if (!existsSync(tool)) throw new Error(`${tool} is missing: install the Debian packages xvfb and xdotool (.ci/run does)`);
  const display = `:${90 + Math.floor(Math.random() * 400)}`;
  const server: ChildProcess = spawn('/usr/bin/Xvfb', [display, '-screen', '0', '1280x900x24', '-nolisten', 'tcp'], { stdio: 'ignore' });
  const env = { ...process.env, DISPLAY: display };
  const end = Date.now() + 10_000;
  for (;;) {
    try {
      execFileSync('/usr/bin/xdotool', ['getdisplaygeometry'], { env, stdio: 'ignore' });
      break;
    } catch {
      if (Date.now() > end) throw new Error('Xvfb did not start');
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  return {
    display,
    press(keys, windowClass) {
      const ids = execFileSync('/usr/bin/xdotool', ['search', '--onlyvisible', '--class', windowClass], { env }).toString().trim().split('\n');
      const id = ids[ids.length - 1]!;
      execFileSync('/usr/bin/xdotool', ['windowfocus', '--sync', id], { env });
      execFileSync('/usr/bin/xdotool', ['key', '--clearmodifiers', keys], { env });
    },
    close() {
      server.kill();
    },
  };
}
