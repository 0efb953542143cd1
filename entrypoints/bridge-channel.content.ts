import { defineContentScript } from 'wxt/utils/define-content-script';
import { allMatchPatterns } from '../lib/capture/platforms';
import { receiveBridgeChannel } from '../lib/content/bridge-handshake';

// Isolated world at document_start, beside the page bridge: learns the private channel before
// any page script runs (lib/content/bridge-handshake.ts).
export default defineContentScript({
  // Every host the page bridge runs on (the platform registry), twitter.com and mobile hosts included.
  matches: allMatchPatterns(),
  runAt: 'document_start',
  main() {
    receiveBridgeChannel(window);
  },
});
