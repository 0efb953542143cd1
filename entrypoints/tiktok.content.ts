import { defineContentScript } from 'wxt/utils/define-content-script';
import { tiktokAdapter } from '../lib/capture/tiktok';
import { startCapture } from '../lib/content/capture-page';

export default defineContentScript({
  matches: tiktokAdapter.matches,
  runAt: 'document_idle',
  main(ctx) {
    startCapture(ctx, tiktokAdapter);
  },
});
