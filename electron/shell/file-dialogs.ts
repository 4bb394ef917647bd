import { dialog } from 'electron';
import type { FileDialogs } from './files-handler.js';

/** Electron's own open and save dialogs, attached to the main window. */
export const electronFileDialogs: FileDialogs = {
  async open(window) {
    const chosen = await dialog.showOpenDialog(window, { properties: ['openFile'] });
    return chosen.canceled ? null : (chosen.filePaths[0] ?? null);
  },
  async save(window, defaultName) {
    const chosen = await dialog.showSaveDialog(window, { defaultPath: defaultName });
    return chosen.canceled || !chosen.filePath ? null : chosen.filePath;
  },
};
