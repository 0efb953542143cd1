import { defineContentScript } from 'wxt/utils/define-content-script';
import { receiveBridgeChannel } from '../lib/content/bridge-handshake';

// Isolated world at document_start, beside the page bridge: learns the private channel before
// any page script runs (lib/content/bridge-handshake.ts).
export default defineContentScript({
  matches: ['https://www.youtube.com/*', 'https://www.instagram.com/*', 'https://www.tiktok.com/*', 'https://x.com/*'],
  runAt: 'document_start',
  main() {
    receiveBridgeChannel(window);
  },
});
