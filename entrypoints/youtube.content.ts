import { defineContentScript } from 'wxt/utils/define-content-script';
import { youtubeAdapter } from '../lib/capture/youtube';
import { startCapture } from '../lib/content/capture-page';

export default defineContentScript({
  matches: youtubeAdapter.matches,
  runAt: 'document_idle',
  main(ctx) {
    startCapture(ctx, youtubeAdapter);
  },
});
