import { join } from 'node:path';
import { defineConfig } from 'wxt';
import { SHIPPED_LIBRARY_PATH } from './src/build/shipped-library-path';
import { writeShippedLibrary } from './src/build/shipped-library';

// Gecko id is fixed so Firefox tests can pin the add-on's internal UUID.
export const GECKO_ID = 'reading-context@reading-context.dev';

export default defineConfig({
  srcDir: '.',
  // RC_OUT_DIR lets parallel work build into its own folder; everything defaults to .output.
  outDir: process.env.RC_OUT_DIR ?? '.output',
  modules: ['@wxt-dev/webextension-polyfill'],
  hooks: {
    'prepare:publicPaths': (_wxt, paths) => {
      paths.push(SHIPPED_LIBRARY_PATH);
    },
    // The shipped packs go into the extension compiled (src/build/shipped-library.ts), never as source JSON.
    'build:publicAssets': (wxt, files) => {
      files.push({ absoluteSrc: writeShippedLibrary(join(wxt.config.wxtDir, 'compiled-packs')), relativeDest: SHIPPED_LIBRARY_PATH });
    },
  },
  manifest: ({ browser }) => ({
    // Store name, description and shortcut names in the browser's language: public/_locales/{en,ru}.
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    permissions: browser === 'firefox' ? ['storage'] : ['storage', 'sidePanel'],
    // The browser's own side panel shows the same sidebar page, where no page can draw over it (README: "Where
    // the notes show"). Firefox's must not open by itself at install.
    ...(browser === 'firefox'
      ? { sidebar_action: { default_panel: 'sidebar.html', default_title: '__MSG_extName__', open_at_install: false, browser_style: false } }
      : { side_panel: { default_path: 'sidebar.html' } }),
    web_accessible_resources: [
      { resources: ['sidebar.html'], matches: ['http://*/*', 'https://*/*'] },
    ],
    commands: {
      'toggle-sidebar': {
        suggested_key: { default: 'Alt+Shift+K' },
        description: '__MSG_commandToggleSidebar__',
      },
      'next-label': {
        suggested_key: { default: 'Alt+Shift+L' },
        description: '__MSG_commandNextLabel__',
      },
    },
    browser_specific_settings: {
      // data_collection_permissions is newer than WXT's manifest types, hence the cast.
      gecko: {
        id: GECKO_ID,
        strict_min_version: '142.0',
        data_collection_permissions: { required: ['none'] },
      } as { id: string },
    },
  }),
});
