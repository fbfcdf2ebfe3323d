/**
 * A3: passages in another language must carry `lang` (WCAG 3.1.2). A machine cannot know the
 * language of every sentence; this heuristic finds what it can: text blocks of at least ten
 * words in which English function words are frequent, with no `lang` other than Dutch on the
 * block or an ancestor. Product names and single English terms ("Direct Routing") stay well
 * below the threshold.
 */

const ENGLISH = new Set(
  'the and of to with for this that are which you your from have has will would should their there been were what when who how can could not into about than then these those them they our we its it is be by on at as an or if but all any more most other some such only also just over after before because while where why'.split(
    ' ',
  ),
);
/** Words that are English function words and common Dutch words too: never counted. */
const SHARED = new Set(['is', 'in', 'of', 'an', 'over', 'was', 'door']);

/**
 * Share of English function words among the words of `text`. Only lower-case words count as
 * function words, so abbreviations (IT, AND) do not.
 */
export function englishRatio(text: string): { words: number; ratio: number } {
  // A web address shown as link text (example.org/moving-to-the-cloud) is not prose.
  const prose = text.replace(/\b(?:https?:\/\/)?[\w-]+(?:\.[\w-]+)+\/\S*/g, ' ');
  const words = prose.match(/[A-Za-zÀ-ÿ']+/g) ?? [];
  const english = words.filter((w) => ENGLISH.has(w) && !SHARED.has(w)).length;
  return { words: words.length, ratio: words.length ? english / words.length : 0 };
}

const BLOCKS = 'p, li, blockquote, td, th, dd, dt, figcaption, h1, h2, h3, h4, h5, h6';

/** Text blocks that read as English and are not marked with a non-Dutch `lang`. */
export function unmarkedForeignPassages(doc: Document): string[] {
  const found: string[] = [];
  for (const block of doc.querySelectorAll(BLOCKS)) {
    // Innermost blocks only, so one passage is reported once.
    if (block.querySelector(BLOCKS)) continue;
    const lang = block.closest('[lang]')?.getAttribute('lang')?.toLowerCase() ?? '';
    if (lang && !lang.startsWith('nl')) continue;
    // Text already marked as another language (<span lang="en">) does not count.
    const copy = block.cloneNode(true) as Element;
    for (const marked of copy.querySelectorAll('[lang]'))
      if (!marked.getAttribute('lang')!.toLowerCase().startsWith('nl')) marked.remove();
    const text = copy.textContent ?? '';
    const { words, ratio } = englishRatio(text);
    if (words >= 10 && ratio >= 0.2) found.push(text.trim().slice(0, 80));
  }
  return found;
}

/** `lang` values that are not BCP 47 language tags. */
export function invalidLangValues(doc: Document): string[] {
  return [...doc.querySelectorAll('[lang]')]
    .map((el) => el.getAttribute('lang') ?? '')
    .filter((value) => !/^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/.test(value));
}
