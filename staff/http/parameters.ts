// Path parameters the staff API's routes share, as its document shows them.
import { z } from 'zod';

export const CaseReferenceParam = z.string().meta({ description: 'The case reference', examples: ['CMP-2026-000001'] });
