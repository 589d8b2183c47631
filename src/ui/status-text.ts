import type { StatusLine, StatusState } from '../core/report';
import { formatDate, type Messages, type UiLanguage } from './i18n';

// A designation's status in the interface language, from the report's structured status line.

export function statusText(line: StatusLine, state: StatusState, t: Messages, lang: UiLanguage): string {
  const what = t.status[line.type] ?? line.type;
  const where = t.jurisdiction[line.jurisdiction] ?? line.jurisdiction;
  const since = formatDate(line.since, lang);
  switch (state) {
    case 'not-yet':
      return t.statusNotYet(what, where, since);
    case 'ended':
      return t.statusEnded(what, where, formatDate(line.until!, lang));
    case 'suspended':
      return t.statusSuspended(what, where, since, formatDate(line.suspended!, lang));
    case 'active':
      return t.statusActive(what, where, since);
  }
}
