/** Main navigation, in reading order. Pages added later register themselves here. */
export interface NavItem {
  href: string;
  label: string;
}

export const mainNav: readonly NavItem[] = [
  { href: '/artikelen/', label: 'Artikelen' },
  { href: '/reeks/gt-connect/', label: 'De reeks' },
  { href: '/onderwerpen/', label: 'Onderwerpen' },
  { href: '/kennisbank/', label: 'Kennisbank' },
  { href: '/scenariokompas/', label: 'Scenariokompas' },
  { href: '/over/', label: 'Over' },
];

export const footerNav: readonly NavItem[] = [
  { href: '/over/', label: 'Over deze site' },
  { href: '/toegankelijkheid/', label: 'Toegankelijkheid' },
  { href: '/volgen/', label: 'Volgen via RSS' },
];

/** Whether `href` is the current section of `pathname` (for `aria-current`). */
export function isCurrent(href: string, pathname: string): boolean {
  return href === '/' ? pathname === '/' : pathname.startsWith(href);
}
