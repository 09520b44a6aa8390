import { normalise, words } from '../../understanding/embedded/text';
import { understandOffline } from '../../understanding';

const NOW = new Date('2026-11-20T12:00:00Z');

describe('how a message is read before anything weighs it', () => {
  it.each([
    ['Polish accents fold away', 'Pleśń w łazience', 'plesn w łazience'],
    ['Romanian accents fold away', 'Sunt nemulțumită', 'sunt nemultumita'],
    ['Arabic vowel marks fold away', 'شُكْرًا', 'شكرا'],
  ])('%s', (_, text, read) => {
    expect(normalise(text)).toBe(read);
  });

  // A Bengali vowel sign is part of the word: folded away, "ধন্যবাদ" (thank you) became "ধনযবদ"
  // and unrelated words met on the same consonants.
  it('keeps Bengali vowel signs, and a Bengali word stays one word', () => {
    expect(words(normalise('ধন্যবাদ, আমার বাসায় পানি পড়ছে'))).toEqual(['ধন্যবাদ', 'আমার', 'বাসায়', 'পানি', 'পড়ছে'].map(normalise));
    expect(normalise('ধন্যবাদ')).not.toBe(normalise('ধনযবদ'));
  });

  it.each([
    ['a grandmother of 81 who nearly fell on the stairs', 'আমার নানি ৮১ বছর, কাল সিঁড়িতে প্রায় পড়ে যাচ্ছিলেন, হাতল নড়ছে।'],
    ['a question about the cladding', 'আমাদের বিল্ডিংয়ের ক্ল্যাডিং কি নিরাপদ? কেউ কিছু জানায়নি।'],
  ])('Bengali: %s raises safety', (_, text) => {
    expect(understandOffline(text, { now: NOW }).signals.safeguarding_or_health_and_safety).toBe(true);
  });
});
