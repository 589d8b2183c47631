// The ids of the packs that ship with the extension, without their data (the background and the import check
// need only these; tests/unit/packs.test.ts keeps the list equal to packs.ts).
export const SHIPPED_PACK_IDS = ['ru-designation-labels', 'designated-entities', 'world-context', 'translation-notes', 'ru-register-foreign-agents', 'ru-register-undesirable'];
