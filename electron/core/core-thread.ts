import { Worker } from 'node:worker_threads';
import { ArchiveError } from '../../db/errors.js';
import type { CommandError, Result } from '../contract.js';
import type { FromWorker, Role, ToWorker } from './protocol.js';

interface Pending {
  name: string;
  resolve(result: Result<unknown>): void;
}

/** A startup failure as the typed error a command gets (the codes the contract knows). */
export function startFailure(error: unknown): Result<never> {
  const code: CommandError['code'] =
    error instanceof ArchiveError && error.code !== 'DRIVER_MISSING' ? error.code : 'INTERNAL';
  return { ok: false, error: { code, message: error instanceof Error ? error.message : String(error) } };
}

/**
 * One core worker thread and the calls in flight on it. It starts on demand: after a crash
 * the calls in flight get an INTERNAL error and the next call starts a fresh worker.
 */
export class CoreThread {
  private worker: Worker | undefined;
  private starting: Promise<Worker> | undefined;
  private readonly pending = new Map<number, Pending>();
  private drainWaiters: Array<() => void> = [];
  private nextId = 1;
  private active = 0;

  constructor(
    readonly role: Role,
    private readonly spawn: () => Worker,
    private readonly onMessage: (message: FromWorker) => void = () => {},
  ) {}

  /** Calls made and not yet answered. */
  get inFlight(): number {
    return this.active;
  }

  /** Resolves once the worker has opened the archive; rejects with why it could not. */
  start(): Promise<Worker> {
    if (this.worker) return Promise.resolve(this.worker);
    if (!this.starting) {
      const starting = this.launch();
      this.starting = starting;
      starting.catch(() => {
        if (this.starting === starting) this.starting = undefined;
      });
    }
    return this.starting;
  }

  private launch(): Promise<Worker> {
    return new Promise<Worker>((resolve, reject) => {
      const worker = this.spawn();
      let opened = false;
      let lastError: Error | undefined;
      worker.on('message', (message: FromWorker) => {
        if (message.type === 'ready') {
          opened = true;
          this.worker = worker;
          this.starting = undefined;
          resolve(worker);
        } else if (message.type === 'open-failed') {
          const { code, message: text, details } = message.error;
          reject(code === 'INTERNAL' ? new Error(text) : new ArchiveError(code, text, details));
          return;
        } else if (message.type === 'result') {
          this.settle(message.id, message.result);
          return;
        }
        this.onMessage(message);
      });
      worker.on('error', (error) => {
        lastError = error;
        console.error(`minutebook: the core ${this.role} worker failed:`, error);
      });
      worker.on('exit', (code) => {
        if (this.worker === worker) this.worker = undefined;
        if (!opened) {
          const why = lastError ? `: ${lastError.message}` : '';
          reject(new Error(`the core ${this.role} worker stopped before it opened the archive (exit ${code})${why}`));
        }
        for (const [id, call] of [...this.pending]) {
          this.settle(id, {
            ok: false,
            error: {
              code: 'INTERNAL',
              message: `the core ${this.role} worker stopped (exit ${code}) while running ${call.name}; it restarts for the next command`,
            },
          });
        }
      });
    });
  }

  private settle(id: number, result: Result<unknown>) {
    const call = this.pending.get(id);
    if (!call) return;
    this.pending.delete(id);
    call.resolve(result);
  }

  /** Runs a command or a job on this thread; every outcome, a crash included, is a Result. */
  call(type: 'command' | 'job', name: string, input: unknown): Promise<Result<unknown>> {
    // Counted from the first moment, so that close() waits for a call still starting its worker.
    this.active++;
    return this.send(type, name, input).finally(() => {
      this.active--;
      if (this.active === 0) for (const wake of this.drainWaiters.splice(0)) wake();
    });
  }

  private async send(type: 'command' | 'job', name: string, input: unknown): Promise<Result<unknown>> {
    let worker: Worker;
    try {
      worker = await this.start();
    } catch (error) {
      return startFailure(error);
    }
    if (this.worker !== worker) return this.send(type, name, input); // it stopped meanwhile: start another
    const id = this.nextId++;
    return new Promise((resolve) => {
      this.pending.set(id, { name, resolve });
      try {
        worker.postMessage({ type, id, name, input } satisfies ToWorker);
      } catch (error) {
        this.settle(id, { ok: false, error: { code: 'VALIDATION', message: `input of ${name} cannot be sent: ${(error as Error).message}` } });
      }
    });
  }

  /** A message that needs no answer (an integrity update), if the worker is running. */
  notify(message: ToWorker): void {
    this.worker?.postMessage(message);
  }

  /** Waits for the calls in flight, then lets the worker close its connection and end. */
  async close(timeoutMs = 10_000): Promise<void> {
    if (this.active > 0) await new Promise<void>((wake) => this.drainWaiters.push(wake));
    const worker = this.worker ?? (await this.starting?.catch(() => undefined));
    if (!worker) return;
    const exited = new Promise<void>((done) => worker.once('exit', () => done()));
    worker.postMessage({ type: 'close' } satisfies ToWorker);
    const timer = setTimeout(() => void worker.terminate(), timeoutMs);
    await exited;
    clearTimeout(timer);
  }
}
