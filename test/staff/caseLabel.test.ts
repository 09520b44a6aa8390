import { summaryFirstLine } from '../../staff/views/caseLabel';

// A row in a list says what the case is about in one line: the summary's first line, cut near 120
// characters at a word, with an ellipsis when it was cut.
describe("a case's first line in a list", () => {
  it.each([
    ['one short line', 'The lift is broken.', 'The lift is broken.'],
    ['the first of several lines', 'The lift is broken.\r\nIt has been for weeks.', 'The lift is broken.'],
    ['surrounding space dropped', '   Mould in the bedroom.  \nMore.', 'Mould in the bedroom.'],
    ['a long line cut at a word', `${'word '.repeat(30)}end`, `${'word '.repeat(24).trimEnd()}…`],
    ['a long line with no spaces cut at 120', 'x'.repeat(130), `${'x'.repeat(120)}…`],
  ])('%s', (_what, summary, line) => {
    expect(summaryFirstLine(summary)).toBe(line);
  });
});
