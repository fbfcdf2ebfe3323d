/**
 * Components an article's MDX renders with, shared by the article page and the feed so both
 * show the same thing: Markdown images go through astro:assets (ArticleImage), and the glossary
 * links the term-links plugin placed become their markup (TermLink).
 */
import { TERM_LINK_COMPONENT } from '../lib/glossary.ts';
import ArticleImage from './ArticleImage.astro';
import TermLink from './TermLink.astro';

export const articleComponents = { img: ArticleImage, [TERM_LINK_COMPONENT]: TermLink };
