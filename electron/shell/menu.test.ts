import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it } from 'vitest';
import { appMenuTemplate } from './menu.js';

const items = (template: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] =>
  template.flatMap((item) => [item, ...(Array.isArray(item.submenu) ? items(item.submenu) : [])]);

describe('appMenuTemplate', () => {
  it.each(['linux', 'win32', 'darwin'] as const)('on %s: Vietnamese menus, every item labelled, no developer items', (platform) => {
    const template = appMenuTemplate({ dev: false, platform });
    expect(template.map((m) => m.label)).toEqual(expect.arrayContaining(['Tệp', 'Sửa', 'Hiển thị', 'Trợ giúp']));
    for (const item of items(template)) if (item.type !== 'separator') expect(item.label).toBeTruthy();
    const roles = items(template).map((i) => i.role);
    expect(roles).not.toContain('toggleDevTools');
    expect(roles).not.toContain('reload');
    expect(roles).toEqual(expect.arrayContaining(['copy', 'paste', 'undo']));
  });

  it('adds reload and DevTools under Hiển thị with --dev', () => {
    const view = appMenuTemplate({ dev: true, platform: 'linux' }).find((m) => m.label === 'Hiển thị');
    const roles = items(view?.submenu as MenuItemConstructorOptions[]).map((i) => i.role);
    expect(roles).toEqual(expect.arrayContaining(['toggleDevTools', 'reload']));
  });
});
