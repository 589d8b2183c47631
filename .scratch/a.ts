import { JSDOM } from 'jsdom';
import { walkText } from '../src/core/match/text-walk';
import { normaliseDate } from '../src/core/article/metadata';
import { compilePacks, findMatches, prepareText } from '../src/core/match/matcher';
import { SHIPPED_PACKS } from '../src/extension/packs';
const doc = new JSDOM('<p>Taliban<br>Meduza</p>').window.document;
console.log(JSON.stringify(walkText(doc.body).text));
console.log(Date.parse('2021-02-30T00:00:00Z'));
process.env.TZ = 'Europe/Moscow';
console.log(normaliseDate('July 9, 2021'), normaliseDate('Fri, 09 Jul 2021 08:15:00 +0000'));
process.env.TZ = 'America/New_York';
console.log(normaliseDate('July 9, 2021'));
const c = compilePacks(SHIPPED_PACKS);
for (const s of ['Тали\u00adбан заявили', 'талибами и талибов', 'талибанский', 'Meduzaxyz', 'MK и mk', 'Islamic State of Iraq and the Levant'])
  console.log(s, JSON.stringify(findMatches(c, prepareText(s))));
