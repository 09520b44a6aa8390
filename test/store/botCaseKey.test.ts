import { botCaseKey, conversationOfCaseKey } from '../../store/botCaseKey';

describe('the conversation a case came from, read from its idempotency key', () => {
  it('round-trips conversation ids, including Teams ids that hold colons', () => {
    for (const id of ['dl_abc123', 'a:1Xy-Z', '19:meeting_abc@thread.v2;messageid=1700000000000']) {
      expect(conversationOfCaseKey(botCaseKey(id, '6f1c2a8e-1b2c-4d5e-8f90-123456789abc'))).toBe(id);
      expect(conversationOfCaseKey(botCaseKey(id, 'once'))).toBe(id);
    }
  });

  it('has no conversation for cases opened by the API or a forwarded message, or with no key', () => {
    expect(conversationOfCaseKey('api:abc')).toBeUndefined();
    expect(conversationOfCaseKey('intake:facebook:m1')).toBeUndefined();
    expect(conversationOfCaseKey('bot:')).toBeUndefined();
    expect(conversationOfCaseKey(null)).toBeUndefined();
  });
});
