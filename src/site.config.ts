/**
 * Site-wide settings: the one place an operator edits before deploying.
 * Everything that ends up in absolute URLs (canonical, feed, sitemap, security.txt) derives from `url`.
 */
export interface SiteConfig {
  /** Production origin, without trailing slash. Every absolute URL is built from it. */
  url: string;
  /** Site name, used in `<title>`, the header, the feed and Open Graph. */
  name: string;
  /** One-sentence description of the site (home page meta description and feed description). */
  description: string;
  /** BCP 47 language of the site and its content: `<html lang>` and the search index's language (stemming). */
  lang: 'nl';
  /** Language code for the RSS `<language>` element. */
  feedLanguage: 'nl-nl';
  /** Locale for Open Graph. */
  ogLocale: 'nl_NL';
  /** Id of the author used when an article does not name one (see content/authors.yaml). */
  defaultAuthor: string;
  /** Articles per page on /artikelen/. */
  pageSize: number;
  /**
   * Base URL for "Bewerk deze pagina" links, ending in the folder that holds `content/`
   * (for example `https://github.com/org/repo/edit/main/`). Empty hides the link.
   */
  editBaseUrl: string;
  /** E-mail address readers write to about the site: accessibility problems, corrections. */
  contactEmail: string;
  /** Address for security reports (security.txt): a `mailto:`, `https:` or `tel:` URI. */
  securityContact: string;
  /**
   * Days after each build that `/.well-known/security.txt` expires (RFC 9116 asks for less than
   * a year). Rebuild and deploy at least once within this period, for example on a schedule.
   */
  securityTxtExpiresAfterDays: number;
}

export const site: SiteConfig = {
  url: 'https://gt-connect.example',
  name: 'Telefonie na GT Connect',
  description:
    'Blog en kennisbank voor gemeentelijke ICT- en KCC-medewerkers over GT Connect en de keuzes voor gemeentelijke telefonie.',
  lang: 'nl',
  feedLanguage: 'nl-nl',
  ogLocale: 'nl_NL',
  defaultAuthor: 'redactie',
  pageSize: 10,
  editBaseUrl: '',
  contactEmail: 'redactie@gt-connect.example',
  securityContact: 'mailto:security@gt-connect.example',
  securityTxtExpiresAfterDays: 180,
};
