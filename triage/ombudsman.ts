import { z } from 'zod';

/**
 * The ombudsman a refused or unresolved complaint can go to, as the profile names it (Code 2.4:
 * every refusal gives its details). A setting, not a lookup on `nation`: England and Wales share a
 * calendar, but a landlord in Wales answers to the Public Services Ombudsman for Wales.
 */
export const OmbudsmanSchema = z.object({
  name: z.string().trim().min(1).max(120),
  /** The name in Welsh, for Welsh messages; without it the English name is used. */
  nameCy: z.string().trim().min(1).max(120).optional(),
  address: z.string().trim().min(1).max(300),
  email: z.email(),
  phone: z.string().trim().min(1).max(40),
  website: z.string().trim().min(1).max(200).optional(),
  source: z
    .array(z.string().trim().min(1).max(200), { error: 'source must be a list of clause references' })
    .min(1, { error: 'every setting must cite at least one clause in source' }),
});
export type Ombudsman = z.infer<typeof OmbudsmanSchema>;

/** The known ombudsmen's details, in one place; a profile picks one and cites its own clause. */
const DETAILS = {
  'housing-ombudsman': {
    name: 'Housing Ombudsman Service',
    // As the reviewed Welsh templates named it (templates/cy).
    nameCy: 'Gwasanaeth yr Ombwdsmon Tai',
    address: 'PO Box 152, Liverpool L33 7WQ',
    email: 'info@housing-ombudsman.org.uk',
    phone: '0300 111 3000',
    website: 'www.housing-ombudsman.org.uk',
  },
  psow: {
    name: 'Public Services Ombudsman for Wales',
    nameCy: 'Ombwdsmon Gwasanaethau Cyhoeddus Cymru',
    address: '1 Ffordd yr Hen Gae, Pencoed CF35 5LJ',
    email: 'ask@ombudsman.wales',
    phone: '0300 790 0203',
    website: 'www.ombudsman.wales',
  },
} as const;

/** A known ombudsman's details with the clause(s) the profile stands on. */
export const ombudsman = (id: keyof typeof DETAILS, source: string[]): Ombudsman => ({ ...DETAILS[id], source });

/** Landlords in England (Housing Act 1996 Sch 2): the default when a profile names none. */
export const HOUSING_OMBUDSMAN = ombudsman('housing-ombudsman', ['Code 2.4', 'default: landlords in England; a landlord in Wales names its ombudsman']);

export const FIRST_TIER_TRIBUNAL = 'First-tier Tribunal (Property Chamber)';

/** The ombudsman as a message in this language names it (details stay as they are). */
export const ombudsmanIn = (o: Ombudsman, language: string): Ombudsman => (language === 'cy' && o.nameCy ? { ...o, name: o.nameCy } : o);

/** Code 2.4; whg 2.12; BCHG 6.2: every refusal tells the resident they can take it to the ombudsman. */
export const ombudsmanRight = (o: Ombudsman): string =>
  `If you disagree with this decision, you can ask the ${o.name} to review it. ` + `It is free and independent: ${o.address}; ${o.email}; ${o.phone}.`;
