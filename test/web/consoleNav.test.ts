import type { Role } from '../../staff/access/roles';
import { navFor } from '../../web/console/nav';

const labels = (roles: Role[]) => navFor({ subject: 's', name: 'Sam', roles }).map((e) => e.label);

describe('the console navigation offers only what the role may open', () => {
  it.each<[Role[], string[]]>([
    [['reviewer'], ['Queue', 'Hazard clocks', 'Work lists', 'Reports']],
    [['complaints_manager'], ['Queue', 'Hazard clocks', 'Work lists', 'Reports']],
    [['admin'], ['Reports', 'Policy profiles']],
  ])('%j sees %j', (roles, expected) => {
    expect(labels(roles)).toEqual(expected);
  });
});
