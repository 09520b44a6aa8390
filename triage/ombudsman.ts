/** Contacts that letters and explanations need (Charity 2022 policy, 'Housing Ombudsman Service'; WCH 1.5). */
export const HOUSING_OMBUDSMAN = {
  name: 'Housing Ombudsman Service',
  address: 'PO Box 152, Liverpool L33 7WQ',
  email: 'info@housing-ombudsman.org.uk',
  phone: '0300 111 3000',
} as const;

export const FIRST_TIER_TRIBUNAL = 'First-tier Tribunal (Property Chamber)';

/** Code 2.4; whg 2.12; BCHG 6.2: every refusal tells the resident they can take it to the Ombudsman. */
export const OMBUDSMAN_RIGHT =
  `If you disagree with this decision, you can ask the ${HOUSING_OMBUDSMAN.name} to review it. ` +
  `It is free and independent: ${HOUSING_OMBUDSMAN.address}; ${HOUSING_OMBUDSMAN.email}; ${HOUSING_OMBUDSMAN.phone}.`;
