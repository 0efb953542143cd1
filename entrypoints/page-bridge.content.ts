import { defineContentScript } from 'wxt/utils/define-content-script';
import { allMatchPatterns } from '../lib/capture/platforms';
import { installPageBridge } from '../lib/content/page-bridge';

// MAIN world at document_start: in place before the page's own scripts make their requests.
export default defineContentScript({
  matches: allMatchPatterns(),
  world: 'MAIN',
  runAt: 'document_start',
  // No `window.pageBridge`: WXT names the script's IIFE result after the entrypoint otherwise,
  // and a page sees that global.
  globalName: false,
  main() {
    installPageBridge(window);
  },
});
