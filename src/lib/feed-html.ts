/**
 * Turns rendered article HTML into HTML that is safe and self-contained inside an RSS item:
 * every URL absolute (feed readers have no base URL), Astro's scoping attributes gone, and
 * nothing executable or embedded left in.
 */
import { ELEMENT_NODE, parse, renderSync, walkSync, type ElementNode } from 'ultrahtml';

const URL_ATTRIBUTES = ['href', 'src', 'poster', 'cite', 'action'] as const;
const DROPPED_ELEMENTS = new Set([
  'script',
  'style',
  'iframe',
  'object',
  'embed',
  'template',
  'noscript',
]);
const HAS_SCHEME = /^[a-z][a-z0-9+.-]*:/i;
/** Attributes that point at other elements by id; in a feed item, targets outside the item do not exist. */
const IDREF_ATTRIBUTES = [
  'aria-describedby',
  'aria-labelledby',
  'aria-details',
  'aria-controls',
  'aria-owns',
  'aria-flowto',
  'aria-errormessage',
  'aria-activedescendant',
  'for',
] as const;

function absolutize(value: string, pageUrl: string): string {
  const trimmed = value.trim();
  if (trimmed === '' || HAS_SCHEME.test(trimmed) || trimmed.startsWith('//')) return value;
  return new URL(trimmed, pageUrl).href;
}

function absolutizeSrcset(value: string, pageUrl: string): string {
  return value
    .split(',')
    .map((candidate) => {
      const [url = '', ...descriptors] = candidate.trim().split(/\s+/);
      return [absolutize(url, pageUrl), ...descriptors].join(' ');
    })
    .join(', ');
}

/**
 * The article page's definitions on tap (a `popovertarget` button and its `popover`): a feed
 * reader has no popovers, and the term link next to them stays, so the feed keeps plain links.
 */
function isPopoverMarkup(element: ElementNode): boolean {
  return (
    element.attributes['popover'] !== undefined || element.attributes['popovertarget'] !== undefined
  );
}

function cleanElement(node: ElementNode, pageUrl: string): void {
  for (const name of Object.keys(node.attributes)) {
    const lower = name.toLowerCase();
    if (lower.startsWith('data-astro') || lower.startsWith('on')) delete node.attributes[name];
  }
  for (const name of URL_ATTRIBUTES) {
    const value = node.attributes[name];
    if (value === undefined) continue;
    if (/^\s*javascript:/i.test(value)) delete node.attributes[name];
    else node.attributes[name] = absolutize(value, pageUrl);
  }
  const srcset = node.attributes['srcset'];
  if (srcset !== undefined) node.attributes['srcset'] = absolutizeSrcset(srcset, pageUrl);
}

/**
 * @param html    rendered article body
 * @param pageUrl absolute URL of the article page; relative URLs and `#fragments` resolve against it
 */
export function feedHtml(html: string, pageUrl: string): string {
  const tree = parse(html);
  const dropped: { element: ElementNode; parent: { children: unknown[] } }[] = [];
  walkSync(tree, (node, parent) => {
    if (node.type !== ELEMENT_NODE) return;
    const element = node as ElementNode;
    if ((DROPPED_ELEMENTS.has(element.name.toLowerCase()) || isPopoverMarkup(element)) && parent) {
      dropped.push({ element, parent: parent as { children: unknown[] } });
      return;
    }
    cleanElement(element, pageUrl);
  });
  // Removed after the walk: removing while walking would skip the next sibling.
  for (const { element, parent } of dropped) {
    parent.children = parent.children.filter((child) => child !== element);
  }
  dropDanglingIdReferences(tree);
  return renderSync(tree).trim();
}

/**
 * Removes id references whose target is not in the fragment. An article page points term links
 * at definitions rendered next to the text (`aria-describedby`); the feed carries only the text.
 */
function dropDanglingIdReferences(tree: ReturnType<typeof parse>): void {
  const ids = new Set<string>();
  const elements: ElementNode[] = [];
  walkSync(tree, (node) => {
    if (node.type !== ELEMENT_NODE) return;
    const element = node as ElementNode;
    elements.push(element);
    const id = element.attributes['id'];
    if (id) ids.add(id);
  });
  for (const element of elements) {
    for (const name of IDREF_ATTRIBUTES) {
      const value = element.attributes[name];
      if (value === undefined) continue;
      const kept = value.split(/\s+/).filter((id) => ids.has(id));
      if (kept.length) element.attributes[name] = kept.join(' ');
      else delete element.attributes[name];
    }
  }
}
