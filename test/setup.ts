// fake-indexeddb gives Node a spec-complete IndexedDB so Dexie runs unchanged in unit tests.
import 'fake-indexeddb/auto';
// dexie-export-import expects what browsers and workers have and Node lacks (`self`,
// FileReader): given once here, before any test file loads it.
import './helpers/export-globals';
