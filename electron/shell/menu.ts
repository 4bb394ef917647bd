import type { MenuItemConstructorOptions } from 'electron';

/**
 * Our own application menu, in Vietnamese (it replaces Electron's default one, which offers
 * View → Toggle Developer Tools to every clerk). Developer items only with --dev.
 */
export function appMenuTemplate({ dev, platform }: { dev: boolean; platform: NodeJS.Platform }): MenuItemConstructorOptions[] {
  const developer: MenuItemConstructorOptions[] = dev
    ? [
        { type: 'separator' },
        { label: 'Tải lại', role: 'reload' },
        { label: 'Công cụ dành cho nhà phát triển', role: 'toggleDevTools' },
      ]
    : [];
  return [
    ...(platform === 'darwin' ? [{ label: 'Minutebook', role: 'appMenu' } as const] : []),
    { label: 'Tệp', submenu: [{ label: 'Thoát', role: platform === 'darwin' ? 'close' : 'quit' }] },
    {
      label: 'Sửa',
      submenu: [
        { label: 'Hoàn tác', role: 'undo' },
        { label: 'Làm lại', role: 'redo' },
        { type: 'separator' },
        { label: 'Cắt', role: 'cut' },
        { label: 'Sao chép', role: 'copy' },
        { label: 'Dán', role: 'paste' },
        { label: 'Chọn tất cả', role: 'selectAll' },
      ],
    },
    {
      label: 'Hiển thị',
      submenu: [
        { label: 'Phóng to', role: 'zoomIn' },
        { label: 'Thu nhỏ', role: 'zoomOut' },
        { label: 'Cỡ chữ mặc định', role: 'resetZoom' },
        { type: 'separator' },
        { label: 'Toàn màn hình', role: 'togglefullscreen' },
        ...developer,
      ],
    },
    { label: 'Trợ giúp', role: 'help', submenu: [{ label: 'Giới thiệu Minutebook', role: 'about' }] },
  ];
}
