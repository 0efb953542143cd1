// fake-indexeddb gives Node a spec-complete IndexedDB so Dexie runs unchanged in unit tests.
import 'fake-indexeddb/auto';
