import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

// The platforms Persona Lens reads. The content scripts match exactly these hosts, and the
// popup needs them as host permissions to see the active tab's address (no "tabs" permission).
export const PLATFORM_HOSTS = [
  'https://*.youtube.com/*',
  'https://*.instagram.com/*',
  'https://*.tiktok.com/*',
  'https://*.x.com/*',
];

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  imports: false,
  vite: () => ({
    plugins: [preact()],
  }),
  manifest: ({ browser }) => ({
    name: 'Persona Lens',
    description:
      "Who a creator's audience really is, and how well it fits your target personas. Computed privately in your browser.",
    permissions: ['storage', 'alarms'],
    // Extension pages load only their own files: no remote code, no eval, no plugins, no
    // framing, nowhere to send data.
    content_security_policy: {
      extension_pages:
        "default-src 'self'; script-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'; img-src 'self' data:; style-src 'self'; connect-src 'self' blob:",
    },
    host_permissions: PLATFORM_HOSTS,
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'persona-lens@persona-lens.dev',
              strict_min_version: '142.0',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
});
