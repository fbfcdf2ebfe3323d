/**
 * Images in article bodies. An image lives in the repository next to the article (by
 * convention in `content/articles/afbeeldingen/`) and is written in Markdown,
 * `![wat de afbeelding laat zien](./afbeeldingen/naam.jpg)`, so that `astro:assets` optimises it
 * (see src/components/ArticleImage.astro). Alt text is required: the readers include screen
 * reader users, and a missing file must fail the check, not the reader.
 */
import { posix } from 'node:path';
import type { ArticleRecord, ContentRule } from '../../lib/content/check.ts';
import { isJsxElement, jsxAttribute, lineOf, parseBody, walk } from '../../lib/content/mdx.ts';
import type { Problem } from '../../lib/content/problems.ts';
import { closest } from '../../lib/content/suggest.ts';

/** The folder the editors' guide tells editors to use, relative to `content/articles/`. */
export const IMAGE_FOLDER = 'afbeeldingen';

/** Formats `astro:assets` reads. */
const SUPPORTED = /\.(?:avif|gif|jpe?g|png|svg|tiff?|webp)$/i;
const IMAGE_FILE = /\.(?:avif|bmp|gif|heic|jpe?g|png|svg|tiff?|webp)$/i;
/** Alt text that names the file or says "image" tells a screen reader user nothing. */
const EMPTY_ALT =
  /^(?:afbeelding|foto|plaatje|image|img|screenshot|schermafbeelding)(?:[\s_-]*\d+)?$/i;

const HOW = `zet het bestand in content/articles/${IMAGE_FOLDER}/ en schrijf ![beschrijving](./${IMAGE_FOLDER}/naam.jpg)`;

function imageProblems(
  record: ArticleRecord,
  files: ReadonlyMap<string, string>,
  image: { url: string; alt: string | undefined; line: number | undefined },
): Problem[] {
  const at = { severity: 'error' as const, file: record.file, line: image.line };
  const what = `afbeelding ${image.url}`;
  const problems: Problem[] = [];
  const alt = image.alt?.trim() ?? '';
  if (alt === '') {
    problems.push({
      ...at,
      message: `${what} heeft geen alt-tekst`,
      fix: `beschrijf tussen de vierkante haken wat de afbeelding laat zien, bijvoorbeeld ![Tijdlijn van GT Connect, van de eerste verkenning tot het einde van het contract](${image.url})`,
    });
  } else if (EMPTY_ALT.test(alt) || IMAGE_FILE.test(alt)) {
    problems.push({
      ...at,
      severity: 'warning',
      message: `${what} heeft de alt-tekst "${alt}", die niets zegt over wat erop staat`,
      fix: 'beschrijf in een zin wat de lezer op de afbeelding ziet en waarom het ertoe doet',
    });
  }
  const url = image.url.trim().replace(/[?#].*$/, '');
  if (/^[a-z][a-z0-9+.-]*:|^\/\//i.test(url)) {
    problems.push({
      ...at,
      message: `${what} staat op een andere website; de site laadt niets van andere websites`,
      fix: `download de afbeelding (als dat mag), ${HOW}`,
    });
    return problems;
  }
  if (url.startsWith('/')) {
    problems.push({
      ...at,
      message: `${what}: een adres dat met / begint wordt niet geoptimaliseerd`,
      fix: HOW,
    });
    return problems;
  }
  if (!SUPPORTED.test(url)) {
    problems.push({
      ...at,
      message: `${what}: dit bestandstype kan de site niet tonen`,
      fix: 'sla de afbeelding op als .jpg (foto), .png (schermafbeelding), .webp, .avif, .gif of .svg',
    });
    return problems;
  }
  let path: string;
  try {
    path = posix.normalize(posix.join(posix.dirname(record.file), decodeURI(url)));
  } catch {
    path = posix.normalize(posix.join(posix.dirname(record.file), url));
  }
  if (!files.has(path)) {
    const folder = posix.dirname(path);
    const candidates = [...files.keys()].filter(
      (file) => IMAGE_FILE.test(file) && file.startsWith('content/'),
    );
    const suggestion =
      closest(
        path,
        candidates.filter((file) => posix.dirname(file) === folder),
      ) ?? closest(path, candidates);
    const relative = suggestion && posix.relative(posix.dirname(record.file), suggestion);
    problems.push({
      ...at,
      message: `${what} bestaat niet (gezocht: ${path})`,
      fix: relative ? `bedoelt u ./${relative}? Hoofdletters tellen mee` : HOW,
    });
  }
  return problems;
}

/** Every image in every article body: alt text present and meaningful, file present and usable. */
export const imageRule: ContentRule = ({ articles, files }) =>
  articles.flatMap((record) => {
    const { tree } = parseBody(record);
    if (!tree) return [];
    const definitions = new Map<string, string>();
    walk(tree, (node) => {
      if (node.type === 'definition' && node.url !== undefined)
        definitions.set(node.identifier ?? '', node.url);
    });
    const problems: Problem[] = [];
    walk(tree, (node) => {
      const line = lineOf(node);
      if (node.type === 'image') {
        problems.push(
          ...imageProblems(record, files, {
            url: node.url ?? '',
            alt: node.alt ?? undefined,
            line,
          }),
        );
      }
      if (node.type === 'imageReference') {
        const url = definitions.get(node.identifier ?? '');
        if (url === undefined) {
          problems.push({
            severity: 'error',
            file: record.file,
            line,
            message: `afbeelding ![${node.alt ?? ''}][${node.label ?? node.identifier}] heeft geen adres`,
            fix: `zet ergens in het artikel een regel [${node.label ?? node.identifier}]: ./${IMAGE_FOLDER}/naam.jpg`,
          });
        } else {
          problems.push(...imageProblems(record, files, { url, alt: node.alt ?? undefined, line }));
        }
      }
      if (
        isJsxElement(node) &&
        (node.name === 'img' || node.name === 'Image' || node.name === 'Picture')
      ) {
        const alt = jsxAttribute(node, 'alt');
        const src = jsxAttribute(node, 'src');
        if (node.name === 'img') {
          problems.push({
            severity: 'error',
            file: record.file,
            line,
            message: `<img${typeof src === 'string' ? ` src="${src}"` : ''}> wordt niet geoptimaliseerd en niet gecontroleerd`,
            fix: `schrijf de afbeelding in Markdown: ![beschrijving](./${IMAGE_FOLDER}/naam.jpg)`,
          });
        } else if (
          alt === undefined ||
          alt === true ||
          (typeof alt === 'string' && alt.trim() === '')
        ) {
          problems.push({
            severity: 'error',
            file: record.file,
            line,
            message: `<${node.name}> heeft geen alt-tekst`,
            fix: 'geef een alt-attribuut dat beschrijft wat de afbeelding laat zien, bijvoorbeeld alt="Tijdlijn van GT Connect"',
          });
        }
      }
    });
    return problems;
  });

/** The cover image of an article (frontmatter `cover`): the same checks as an image in the text. */
export const coverImageRule: ContentRule = ({ articles, files }) =>
  articles.flatMap((record) => {
    const cover = record.data?.cover;
    if (!cover) return [];
    return imageProblems(record, files, {
      url: cover.src,
      alt: cover.alt,
      line: record.keyLines.get('cover'),
    }).map((problem) => ({ ...problem, field: 'cover' }));
  });
