import { loadSettings, saveHidingSettings } from '../../src/extension/settings';
import { renderHidingOptions } from '../../src/ui/hiding-options';

// The options page: a list of sections, each rendered by its own module in src/ui/. Add a section by
// adding its renderer here.

const sections: (() => HTMLElement)[] = [
  () => renderHidingOptions({ load: loadSettings, save: saveHidingSettings }),
];

document.getElementById('sections')!.replaceChildren(...sections.map((render) => render()));
