// Test support: an `electron` stand-in for loading the built dist/main.cjs in plain Node (the
// Electron binary is not installed here). It records what main does with Electron's API.
import { EventEmitter } from 'node:events';
import { createRequire } from 'node:module';
import Module from 'node:module';

type Handler = (event: unknown, ...args: unknown[]) => unknown;

/** Knobs a test turns before loading main: how the stand-in's Electron behaves. */
export interface Behaviour {
  singleInstanceLock: boolean;
  /** app.isPackaged: true in an installed app, false when run from dist/. */
  isPackaged: boolean;
  loadURL(url: string): Promise<void>;
  printToPDF(): Promise<Buffer>;
  print(callback: (ok: boolean, reason: string) => void): void;
  showSaveDialog(): Promise<{ canceled: boolean; filePath?: string }>;
}

export class StandInWebContents extends EventEmitter {
  openHandler: ((details: { url: string }) => unknown) | null = null;
  constructor(private readonly behaviour: Behaviour) {
    super();
  }
  setWindowOpenHandler(fn: (details: { url: string }) => unknown) {
    this.openHandler = fn;
  }
  executeJavaScript() {
    return Promise.resolve(true);
  }
  printToPDF() {
    return this.behaviour.printToPDF();
  }
  print(_options: unknown, callback: (ok: boolean, reason: string) => void) {
    this.behaviour.print(callback);
  }
  /** Fires a cancellable event as Electron would; true when a listener prevented it. */
  fireCancellable(name: string, ...args: unknown[]): boolean {
    let prevented = false;
    const event = { preventDefault: () => (prevented = true) };
    this.emit(name, event, ...args);
    return prevented;
  }
  /** will-frame-navigate passes one details object that is also the event. */
  fireFrameNavigate(url: string, isMainFrame: boolean): boolean {
    let prevented = false;
    this.emit('will-frame-navigate', { url, isMainFrame, preventDefault: () => (prevented = true) });
    return prevented;
  }
}

export function electronStandIn() {
  const behaviour: Behaviour = {
    singleInstanceLock: true,
    isPackaged: false,
    loadURL: () => Promise.resolve(),
    printToPDF: () => Promise.resolve(Buffer.from('%PDF-1.7 stand-in')),
    print: (callback) => callback(true, ''),
    showSaveDialog: () => Promise.resolve({ canceled: true }),
  };
  const record = {
    /** In order: what main called, by name. */
    calls: [] as string[],
    schemes: [] as unknown[],
    protocolHandlers: new Map<string, Handler>(),
    ipcHandlers: new Map<string, Handler>(),
    ipcRegistrations: [] as string[],
    windows: [] as StandInWindow[],
    loadedUrls: [] as string[],
    menus: [] as unknown[],
    errorBoxes: [] as Array<{ title: string; text: string }>,
    permissionHandlers: { request: null as Handler | null, check: null as Handler | null },
    exitCode: null as number | null,
    quitCount: 0,
  };

  const app = Object.assign(new EventEmitter(), {
    setName: (name: string) => record.calls.push(`setName:${name}`),
    requestSingleInstanceLock: () => {
      record.calls.push('requestSingleInstanceLock');
      return behaviour.singleInstanceLock;
    },
    whenReady: () => {
      record.calls.push('whenReady');
      return Promise.resolve();
    },
    quit: () => {
      record.calls.push('quit');
      record.quitCount += 1;
    },
    exit: (code: number) => {
      record.calls.push(`exit:${code}`);
      record.exitCode = code;
    },
    getPath: () => {
      throw new Error('main should not need app.getPath when --db is given');
    },
  });

  // A getter, read when main reads it (Object.assign would copy today's value).
  Object.defineProperty(app, 'isPackaged', { get: () => behaviour.isPackaged });

  class StandInWindow extends EventEmitter {
    readonly webContents = new StandInWebContents(behaviour);
    destroyed = false;
    constructor(readonly options: { webPreferences?: Record<string, unknown>; show?: boolean }) {
      super();
      record.calls.push('new BrowserWindow');
      record.windows.push(this);
      app.emit('web-contents-created', {}, this.webContents);
    }
    loadURL(url: string) {
      record.loadedUrls.push(url);
      return behaviour.loadURL(url);
    }
    isMinimized() {
      return false;
    }
    restore() {}
    focus() {}
    show() {}
    destroy() {
      this.destroyed = true;
    }
  }

  const electron = {
    app,
    BrowserWindow: StandInWindow,
    ipcMain: {
      handle: (channel: string, fn: Handler) => {
        record.ipcRegistrations.push(channel);
        record.ipcHandlers.set(channel, fn);
      },
    },
    protocol: {
      registerSchemesAsPrivileged: (schemes: unknown[]) => {
        record.calls.push('registerSchemesAsPrivileged');
        record.schemes.push(...schemes);
      },
      handle: (scheme: string, fn: Handler) => {
        record.calls.push(`protocol.handle:${scheme}`);
        record.protocolHandlers.set(scheme, fn);
      },
    },
    session: {
      defaultSession: {
        setPermissionRequestHandler: (fn: Handler) => (record.permissionHandlers.request = fn),
        setPermissionCheckHandler: (fn: Handler) => (record.permissionHandlers.check = fn),
      },
    },
    Menu: {
      buildFromTemplate: (template: unknown) => ({ template }),
      setApplicationMenu: (menu: { template: unknown }) => {
        record.calls.push('setApplicationMenu');
        record.menus.push(menu.template);
      },
    },
    dialog: {
      showErrorBox: (title: string, text: string) => {
        record.calls.push('showErrorBox');
        record.errorBoxes.push({ title, text });
      },
      showSaveDialog: () => behaviour.showSaveDialog(),
    },
  };
  return { electron, app, behaviour, record };
}

export type ElectronStandIn = ReturnType<typeof electronStandIn>;

const load = createRequire(import.meta.url);
type ModuleLoad = (request: string, parent: unknown, isMain: boolean) => unknown;
const moduleInternals = Module as unknown as { _load: ModuleLoad };

/**
 * Loads a fresh copy of the built main with `require('electron')` answered by the stand-in
 * and process.argv as Electron would give it. Resolves once startup has settled: the window
 * loaded (or the app quit or exited). The returned restore() puts process.argv back.
 */
export async function loadBuiltMain(mainFile: string, standIn: ElectronStandIn, args: string[]): Promise<() => void> {
  const originalLoad = moduleInternals._load;
  const originalArgv = process.argv;
  moduleInternals._load = function (this: unknown, request, parent, isMain) {
    if (request === 'electron') return standIn.electron;
    return originalLoad.call(this, request, parent, isMain);
  };
  process.argv = ['/opt/Minutebook/electron', mainFile, ...args];
  try {
    delete load.cache[mainFile];
    load(mainFile);
  } finally {
    moduleInternals._load = originalLoad;
  }
  const { record, app } = standIn;
  const started = Date.now();
  while (record.exitCode === null && record.quitCount === 0 && app.listenerCount('window-all-closed') === 0) {
    if (Date.now() - started > 15_000) throw new Error(`main did not settle: ${record.calls.join(', ')}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  return () => {
    process.argv = originalArgv;
  };
}
