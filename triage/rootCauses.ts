// Why things went wrong, as the landlord counts it: the root-cause codes a stage response records
// (Code 8.1–8.2: learning from complaints, reported by cause). A profile lists its own or takes these.
import { z } from 'zod';

export const RootCauseSchema = z.object({
  code: z
    .string()
    .trim()
    .regex(/^[a-z][a-z0-9_]{0,39}$/, { error: 'a root-cause code is lower case letters, digits and _ (at most 40), like repair_quality' }),
  label: z.string().trim().min(1).max(100),
});
export type RootCause = z.infer<typeof RootCauseSchema>;

export const DEFAULT_ROOT_CAUSES: RootCause[] = [
  { code: 'communication', label: 'Communication' },
  { code: 'repair_quality', label: 'Quality of repair' },
  { code: 'appointment_missed', label: 'Appointment missed' },
  { code: 'policy_not_followed', label: 'Policy or process not followed' },
  { code: 'staff_conduct', label: 'Staff conduct' },
  { code: 'delays', label: 'Delays' },
  { code: 'other', label: 'Other' },
];

const DEFAULT_SOURCE = ['Code 8.1', 'Code 8.2'];

/** The profile setting: codes with labels, each code once; a profile that omits it gets the defaults. */
export const RootCausesSettingSchema = z
  .object({
    codes: z
      .array(RootCauseSchema)
      .min(1, { error: 'rootCauses.codes must list at least one root cause' })
      .max(40)
      .refine((codes) => new Set(codes.map((c) => c.code)).size === codes.length, { error: 'each root-cause code must appear once' }),
    source: z.array(z.string().trim().min(1).max(200)).min(1, { error: 'every setting must cite at least one clause in source' }),
  })
  .default({ codes: DEFAULT_ROOT_CAUSES, source: DEFAULT_SOURCE });
