import { z } from 'zod';

/**
 * How far a long job has got, as the backend emits it and the renderer shows it as a progress bar (DESIGN §1).
 * `job` is the method that started it (`yearEnd.apply`, `sync.start`, …); `total` 0 means the size is not known yet.
 */
export const progressEventSchema = z.object({
  job: z.string().min(1).max(100),
  phase: z.string().min(1).max(50),
  done: z.number().int().nonnegative(),
  total: z.number().int().nonnegative(),
});
export type ProgressEvent = z.infer<typeof progressEventSchema>;

/** Whatever emits progress events: the backend, the host forwarding them from its worker, a transport. */
export interface ProgressSource {
  /** Calls `listener` with every event until the returned function is called. */
  onProgress(listener: (event: ProgressEvent) => void): () => void;
}
