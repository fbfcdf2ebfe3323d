/**
 * Decides from the Astro command, not from NODE_ENV, whether drafts and scheduled articles
 * are shown: only `astro dev` previews them. A production build can never include them, even
 * when it runs with NODE_ENV=test or development in the environment.
 */
import type { AstroIntegration } from 'astro';

export default function publishMode(): AstroIntegration {
  return {
    name: 'publish-mode',
    hooks: {
      'astro:config:setup': ({ command, updateConfig }) => {
        updateConfig({
          vite: {
            define: {
              'import.meta.env.PUBLISH_MODE': JSON.stringify(
                command === 'dev' ? 'preview' : 'production',
              ),
            },
          },
        });
      },
    },
  };
}
