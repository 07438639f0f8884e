import { z } from 'zod';

/** One call of the handler table as either transport (Electron IPC, web mode's HTTP) carries it. */
export const invokeEnvelopeSchema = z.object({
  method: z.string().min(1).max(100),
  input: z.unknown(),
  session: z.string().max(200).nullable().default(null),
});
export type InvokeEnvelope = z.infer<typeof invokeEnvelopeSchema>;
