// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { createPageRoom } from '../../src/extension/page-room';

describe('page room', () => {
  it('reserves a margin on the sidebar side with priority, and gives the page its own value back', () => {
    const root = document.createElement('html');
    root.style.setProperty('margin-right', '12px');
    const room = createPageRoom(root, 'right');
    room.reserve(380);
    expect(root.style.getPropertyValue('margin-right')).toBe('380px');
    expect(root.style.getPropertyPriority('margin-right')).toBe('important');
    room.reserve(48);
    expect(root.style.getPropertyValue('margin-right')).toBe('48px');
    room.release();
    expect(root.style.getPropertyValue('margin-right')).toBe('12px');
    expect(root.style.getPropertyPriority('margin-right')).toBe('');
  });

  it('uses the left margin for a left sidebar and leaves no trace when the page had none', () => {
    const root = document.createElement('html');
    const room = createPageRoom(root, 'left');
    room.reserve(300.4);
    expect(root.style.getPropertyValue('margin-left')).toBe('300px');
    expect(root.style.getPropertyValue('margin-right')).toBe('');
    room.release();
    expect(root.getAttribute('style') ?? '').toBe('');
  });
});
