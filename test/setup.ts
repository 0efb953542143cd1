// fake-indexeddb gives Node a spec-complete IndexedDB so Dexie runs unchanged in unit tests.
import 'fake-indexeddb/auto';
// dexie-export-import expects what browsers and workers have and Node lacks (`self`,
// FileReader): given once here, before any test file loads it.
import './helpers/export-globals';
// Components read their words through browser.i18n, which WXT's fakeBrowser lacks: they read
// the catalogue files instead, as an English browser would.
import { setMessageSource } from '../components/i18n/source';
import { fileSource } from './helpers/catalogue-source';
setMessageSource(fileSource('en-US'));
