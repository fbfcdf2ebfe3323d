/** Main navigation, in reading order. Pages added later register themselves here. */
import { paths } from './routes.ts';

export interface NavItem {
  href: string;
  label: string;
}

export const mainNav: readonly NavItem[] = [
  { href: paths.articleList(), label: 'Artikelen' },
  { href: paths.series('gt-connect'), label: 'De reeks' },
  { href: paths.topicIndex(), label: 'Onderwerpen' },
  { href: paths.knowledgeBase(), label: 'Kennisbank' },
  { href: paths.quiz(), label: 'Scenariokompas' },
  { href: paths.about(), label: 'Over' },
];

export const footerNav: readonly NavItem[] = [
  { href: paths.about(), label: 'Over deze site' },
  { href: paths.accessibility(), label: 'Toegankelijkheid' },
  { href: paths.follow(), label: 'Volgen via RSS' },
];

/** Whether `href` is the current section of `pathname` (for `aria-current`). */
export function isCurrent(href: string, pathname: string): boolean {
  return href === '/' ? pathname === '/' : pathname.startsWith(href);
}
