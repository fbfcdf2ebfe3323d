/**
 * The bench's baseline: a bare Astro blog (the MDX integration, one content collection, one
 * trivial layout) built over the same article files as the site, so the ratio measures what
 * our features cost on top of Astro itself.
 */
import { cpSync, mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * A bare Astro blog over the same MDX files: a content collection with a loose schema, an index
 * of all posts and one page per post in a trivial layout. What "Astro with nothing else" costs.
 */
export function bareBlog(n: number, articlesFrom: string, root = process.cwd()): string {
  const dir = mkdtempSync(join(tmpdir(), `gt-bench-bare-${n}-`));
  symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'), 'dir');
  cpSync(articlesFrom, join(dir, 'content/articles'), { recursive: true });
  const files: Record<string, string> = {
    'package.json': JSON.stringify({ name: 'bare-astro-blog', private: true, type: 'module' }),
    'astro.config.mjs': `import mdx from '@astrojs/mdx';\nimport { defineConfig } from 'astro/config';\nexport default defineConfig({ site: 'https://bare.example', integrations: [mdx()], devToolbar: { enabled: false } });\n`,
    'src/content.config.ts': `import { defineCollection } from 'astro:content';\nimport { glob } from 'astro/loaders';\nimport { z } from 'astro/zod';\nexport const collections = {\n  articles: defineCollection({\n    loader: glob({ base: './content/articles', pattern: '**/*.mdx' }),\n    schema: z.object({ title: z.string(), description: z.string(), pubDate: z.coerce.date() }),\n  }),\n};\n`,
    'src/layouts/Layout.astro': `---\nconst { title } = Astro.props;\n---\n<!doctype html>\n<html lang="nl"><head><meta charset="utf-8" /><title>{title}</title></head><body><main><slot /></main></body></html>\n`,
    'src/pages/index.astro': `---\nimport { getCollection } from 'astro:content';\nimport Layout from '../layouts/Layout.astro';\nconst posts = (await getCollection('articles')).sort((a, b) => b.data.pubDate.valueOf() - a.data.pubDate.valueOf());\n---\n<Layout title="Blog"><h1>Blog</h1><ul>{posts.map((p) => <li><a href={\`/\${p.id}/\`}>{p.data.title}</a></li>)}</ul></Layout>\n`,
    'src/pages/[slug].astro': `---\nimport { getCollection, render } from 'astro:content';\nimport Layout from '../layouts/Layout.astro';\nexport async function getStaticPaths() {\n  return (await getCollection('articles')).map((post) => ({ params: { slug: post.id }, props: { post } }));\n}\nconst { post } = Astro.props;\nconst { Content } = await render(post);\n---\n<Layout title={post.data.title}><article><h1>{post.data.title}</h1><Content /></article></Layout>\n`,
  };
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}
