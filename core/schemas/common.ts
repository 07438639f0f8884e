import { z } from 'zod';

/** Device-made identifier of every synced row. */
export const idSchema = z.uuid();

/**
 * A calendar date typed by a person. Structure only: content ("2024-02-31", empty) is judged by the
 * rule catalogue, so an unfinished card can still be saved.
 */
export const dateTextSchema = z.string().max(32);

export const shortText = z.string().max(200);
export const longText = z.string().max(5000);

export const sexSchema = z.enum(['M', 'F']);
export type Sex = z.infer<typeof sexSchema>;

export const countrySchema = z.enum(['UA', 'KG']);
export type Country = z.infer<typeof countrySchema>;

export const languageSchema = z.enum(['uk', 'en', 'ru', 'ky']);
export type Language = z.infer<typeof languageSchema>;

export const addressSchema = z.object({
  postalCode: shortText.optional(),
  region: shortText.optional(),
  district: shortText.optional(),
  settlement: shortText.optional(),
  street: shortText.optional(),
  house: shortText.optional(),
  apartment: shortText.optional(),
});
export type Address = z.infer<typeof addressSchema>;
