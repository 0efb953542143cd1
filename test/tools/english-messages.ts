/**
 * The eval writes docs/ in English, with the words the interface shows: every component
 * message from the English catalogue. Imported for its effect, before any component module,
 * because components/text.ts reads its messages when it is first imported (and outside an
 * extension page there is no browser.i18n to read them from).
 */
import { setMessageSource } from '../../components/i18n/source';
import { fileSource } from '../helpers/catalogue-source';

setMessageSource(fileSource('en-US'));
