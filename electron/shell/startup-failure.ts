/** What was being done when startup failed: the clerk is told that, not something else. */
export type StartupStage = 'archive' | 'window';

/** Thrown by main.ts's startup for a failure during one stage. */
export class StartupError extends Error {
  constructor(
    readonly stage: StartupStage,
    cause: unknown,
  ) {
    super(cause instanceof Error ? cause.message : String(cause), { cause });
  }
}

/** Runs one stage of startup; its failure carries the stage. */
export async function during<T>(stage: StartupStage, step: () => Promise<T>): Promise<T> {
  try {
    return await step();
  } catch (error) {
    throw new StartupError(stage, error);
  }
}

const headlines: Record<StartupStage | 'other', string> = {
  archive: 'Không mở được kho lưu trữ. / The archive could not be opened.',
  window: 'Không mở được cửa sổ ứng dụng. / The application window could not be opened.',
  other: 'Minutebook không khởi động được. / Minutebook could not start.',
};

/** The error dialog's text: what failed, then the underlying message. */
export function startupFailureText(error: unknown): string {
  const stage = error instanceof StartupError ? error.stage : 'other';
  const message = error instanceof Error ? error.message : String(error);
  return `${headlines[stage]}\n\n${message}`;
}
