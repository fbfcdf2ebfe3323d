/**
 * Components an article's MDX renders with, shared by the article page and the feed so both
 * show the same thing: Markdown images go through astro:assets (ArticleImage).
 */
import ArticleImage from './ArticleImage.astro';

export const articleComponents = { img: ArticleImage };
