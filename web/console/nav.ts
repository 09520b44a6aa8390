// The console's main navigation. Another area (e.g. the hazard view) adds one entry here.
export interface NavEntry {
  section: string;
  label: string;
  href: string;
}

export const CONSOLE_NAV: NavEntry[] = [
  { section: 'queue', label: 'Queue', href: '/console/queue' },
  { section: 'reports', label: 'Reports', href: '/console/reports' },
];
