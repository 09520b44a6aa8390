import type { StructuredCaseInput } from '../../triage/caseSchema';
import { getProfile } from '../../triage/profiles';
import { triage } from '../../triage/triage';
import { longDate } from '../../templates/longDate';
import { render } from '../../templates/render';
import { tenantMessageFor } from '../../templates/tenantMessage';
import { aCase } from '../triage/aCase';

const NOW = new Date('2026-11-26T12:00:00Z');

function messageFor(profileId: string, overrides: Partial<StructuredCaseInput>) {
  const c = aCase({ receivedAt: '2026-11-26T11:00:00Z', incident: { occurredOn: '2026-11-20' }, ...overrides });
  const profile = getProfile(profileId)!;
  return tenantMessageFor(triage(profile, c, NOW), c, { reference: 'CMP-2026-000123', landlordName: profile.landlord.name, ombudsman: profile.ombudsman });
}

describe('tenant messages', () => {
  it('writes dates in plain words', () => {
    expect(longDate('2026-12-04')).toBe('Friday 4 December 2026');
  });

  it('acknowledges with our understanding, the outcome sought, the reference and the date in words (Code 5.6; whg App. 1)', () => {
    const m = messageFor('code-2024', { summary: 'No hot water for two weeks.', desiredOutcome: 'Fix the boiler.' });
    expect(m.template).toBe('acknowledgement');
    expect(m.text).toContain('No hot water for two weeks.');
    expect(m.text).toContain('Fix the boiler.');
    expect(m.text).toContain('CMP-2026-000123');
    expect(m.text).toContain('by Thursday 17 December 2026');
    expect(m.text).toContain('If we have misunderstood anything');
  });

  it('HTML-escapes everything the tenant wrote', () => {
    const m = messageFor('code-2024', {
      summary: '<script>alert("x")</script> & more',
      desiredOutcome: '<img src=x onerror=alert(1)>',
      vulnerability: { hasVulnerability: true, adjustments: ['<b>large print</b>'] },
    });
    expect(m.text).not.toContain('<script>');
    expect(m.text).not.toContain('<img');
    expect(m.text).not.toContain('<b>');
    expect(m.text).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; more');
    expect(m.text).toContain('&lt;b&gt;large print&lt;/b&gt;');
  });

  it('explains a refusal with the right to go to the Housing Ombudsman and its contacts (Code 2.4)', () => {
    const m = messageFor('whg', { signals: { insuranceClaim: true, legalProceedingsFiled: true } });
    expect(m.template).toBe('not-accepted');
    expect(m.text).toContain('insurance');
    expect(m.text).toContain('filed at court');
    expect(m.text).toContain('PO Box 152, Liverpool L33 7WQ');
    expect(m.text).toContain('info@housing-ombudsman.org.uk');
    expect(m.text).toContain('0300 111 3000');
    // The Ombudsman's details appear once, not once per reason.
    expect(m.text.match(/0300 111 3000/g)).toHaveLength(1);
  });

  it.each([
    ['service request', { category: 'service_request', serviceArea: 'repairs' }, 'service-request', 'repairs team'],
    ['ASB report', { category: 'asb_report' }, 'asb-report', 'anti-social behaviour team'],
    ['quick fix', { category: 'quick_fix' }, 'quick-fix', 'by Tuesday 1 December 2026'],
    ['compliment', { category: 'compliment' }, 'compliment', 'kind words'],
    ['needs review', { signals: { unreasonableBehaviour: true } }, 'needs-review', 'by Thursday 3 December 2026'],
  ] as const)('%s: picks the %s message', (_what, overrides, template, phrase) => {
    const m = messageFor(_what === 'quick fix' ? 'greatwell' : 'code-2024', overrides as Partial<StructuredCaseInput>);
    expect(m.template).toBe(template);
    expect(m.text).toContain(phrase);
  });

  it('tells a representative nothing about the case until the resident consents (whg 2.13; WCH 3.1.5)', () => {
    const m = messageFor('wch', {
      summary: 'Secret details about the tenant',
      representative: { name: 'Cllr Smith', relationship: 'councillor', consent: 'pending' },
    });
    expect(m.template).toBe('consent-request');
    expect(m.text).not.toContain('Secret details');
    expect(m.text).toContain('permission');
    expect(m.text).toContain('Watford Community Housing');
  });

  it('tells an anonymous complainant we cannot reply (WCH 4.3)', () => {
    const m = messageFor('wch', { complainant: { type: 'anonymous' } });
    expect(m.text).toContain('cannot reply');
  });

  it('refuses missing data rather than printing blanks (strict templates)', () => {
    expect(() => render('asb-report', {} as never)).toThrow();
  });
});
