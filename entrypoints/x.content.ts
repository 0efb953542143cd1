import { defineContentScript } from 'wxt/utils/define-content-script';
import { xAdapter } from '../lib/capture/x';
import { startCapture } from '../lib/content/capture-page';

export default defineContentScript({
  matches: xAdapter.matches,
  runAt: 'document_idle',
  main(ctx) {
    startCapture(ctx, xAdapter);
  },
});
