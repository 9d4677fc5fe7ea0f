import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it } from 'vitest';
import { menuTemplate } from './menu';

function flatten(items: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return items.flatMap((item) => [item, ...(Array.isArray(item.submenu) ? flatten(item.submenu) : [])]);
}

describe('menuTemplate', () => {
  it('labels every item in Chinese', () => {
    for (const item of flatten(menuTemplate({ packaged: true })).filter((i) => i.type !== 'separator')) {
      expect(item.label, JSON.stringify(item)).toMatch(/^[\u4e00-\u9fff]+$/);
    }
  });

  it('offers the editing shortcuts secretaries expect', () => {
    const roles = flatten(menuTemplate({ packaged: true })).map((i) => i.role);
    expect(roles).toEqual(expect.arrayContaining(['quit', 'undo', 'redo', 'cut', 'copy', 'paste', 'selectAll']));
  });

  it('has DevTools and reload in development only', () => {
    const packaged = flatten(menuTemplate({ packaged: true })).map((i) => i.role);
    const dev = flatten(menuTemplate({ packaged: false })).map((i) => i.role);
    expect(packaged).not.toContain('toggleDevTools');
    expect(packaged).not.toContain('reload');
    expect(packaged).not.toContain('forceReload');
    expect(dev).toEqual(expect.arrayContaining(['toggleDevTools', 'reload']));
  });

  it('has no item that opens a link or a help website', () => {
    for (const item of flatten(menuTemplate({ packaged: false }))) {
      expect(item.click).toBeUndefined();
      expect(item.role).not.toBe('help');
    }
  });
});
