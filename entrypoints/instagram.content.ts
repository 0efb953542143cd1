import { defineContentScript } from 'wxt/utils/define-content-script';
import { instagramAdapter } from '../lib/capture/instagram';
import { startCapture } from '../lib/content/capture-page';

export default defineContentScript({
  matches: instagramAdapter.matches,
  runAt: 'document_idle',
  main(ctx) {
    startCapture(ctx, instagramAdapter);
  },
});
