/// <reference types="astro/client" />

interface ImportMetaEnv {
  /** 'preview' in `astro dev` (drafts and scheduled articles visible), 'production' otherwise. Set by src/integrations/publish-mode.ts. */
  readonly PUBLISH_MODE: 'preview' | 'production';
}
