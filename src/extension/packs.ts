import designatedEntities from '../../assets/packs/designated-entities.json';
import ruDesignationLabels from '../../assets/packs/ru-designation-labels.json';
import ruRegisterForeignAgents from '../../assets/packs/ru-register-foreign-agents.json';
import ruRegisterUndesirable from '../../assets/packs/ru-register-undesirable.json';
import translationNotes from '../../assets/packs/translation-notes.json';
import worldContext from '../../assets/packs/world-context.json';
import type { Pack } from '../core/glossary/pack';

// The packs shipped inside the extension. Each is validated by the unit tests (tests/unit/packs.test.ts),
// so at run time they are used as they are.
export const SHIPPED_PACKS: Pack[] = [
  ruDesignationLabels as unknown as Pack,
  designatedEntities as unknown as Pack,
  worldContext as unknown as Pack,
  translationNotes as unknown as Pack,
  ruRegisterForeignAgents as unknown as Pack,
  ruRegisterUndesirable as unknown as Pack,
];
