import { JURISDICTIONS, TYPE_WORDS } from '../../core/notes/status';

// Interface strings, English. ru.ts must have the same keys (the type checks it; a unit test too).
export const en = {
  appName: 'Reading Context',
  closeSidebar: 'Close the sidebar',
  collapseSidebar: 'Collapse the sidebar',
  expandSidebar: 'Open the sidebar',
  resizeSidebar: 'Resize the sidebar (arrow keys)',
  notesCount: (n: number) => `${n} note${n === 1 ? '' : 's'}`,
  readingArticle: 'Reading the article…',
  noReport: 'No report for this page.',
  publishedOn: (date: string) => `Published ${date}`,
  noPublishedDate: 'No publication date found: statuses are given as of today.',
  sectionLabels: 'Labels in this article',
  sectionNotes: 'People, places, organisations',
  sectionTranslations: 'Possible translation slips',
  sectionHidden: 'Hidden on this page',
  noNotes: 'No notes for this article in the enabled packs.',
  moreAboutLabel: 'What it means, the law, sources',
  labelRefersTo: 'Refers to',
  law: 'Law',
  penalty: 'Penalty',
  list: 'List',
  atPublication: 'At publication',
  now: 'Now',
  nowAsOf: (date: string) => `Now (data of ${date})`,
  noDate: 'the article gives no date',
  sources: 'Sources',
  mentions: (n: number) => `${n} mention${n === 1 ? '' : 's'}`,
  mentionOf: (i: number, n: number) => `${i} of ${n}`,
  previousMention: (title: string) => `Previous mention of ${title}`,
  nextMention: (title: string) => `Next mention of ${title}`,
  translationMeaning: 'Most likely means',
  translationContext: (words: string) => `Shown because the article mentions ${words}.`,
  show: 'Show',
  hide: 'Hide',
  showItem: (what: string) => `Show the hidden ${what} again`,
  hideItem: (what: string) => `Hide the ${what}`,
  hiddenKind: (kind: string, posts?: number): string => {
    switch (kind) {
      case 'comment-form': return 'comment form';
      case 'form-message': return 'comment form message';
      case 'comment-thread': return posts ? `comment thread, ${posts} comment${posts === 1 ? '' : 's'}` : 'comment thread';
      case 'comment-widget': return 'comment widget';
      case 'load-control': return '"load comments" button';
      case 'rule': return 'element matched by your rule';
      default: return posts ? `comment section, ${posts} comment${posts === 1 ? '' : 's'}` : 'comment section';
    }
  },
  /** Names of the finders that are not one product; a product's own name is shown as it is. */
  systemNames: { thread: 'found by the layout of its comments', user: 'your hiding rule', named: 'named as comments in the page' } as Record<string, string>,
  noText: '(no text)',
  kind: {
    organization: 'organisation', movement: 'movement', media: 'media', person: 'person', place: 'place',
    body: 'state body', company: 'company', platform: 'platform', unlisted: 'not in the packs', other: 'other',
  } as Record<string, string>,
  unlistedSummary: (label: string, reason: 'not-in-packs' | 'no-record' | 'unnamed' = 'not-in-packs', knownAs?: string, checked?: { list: string; asOf: string } | null) =>
    reason === 'no-record'
      ? `The article attaches the label “${label}” to it. The enabled packs know ${knownAs ?? 'this name'} but hold no record of such a designation.`
      : reason === 'unnamed'
        ? `The article prints the label “${label}” without naming whom it is about.`
        : checked
          ? `Not in “${checked.list}” as of ${checked.asOf}, the date of the packs' data: it may have been listed later, or the label may be wrong. The article attaches the label “${label}” to it.`
          : `Not in the enabled glossary packs. The article attaches the label “${label}” to it.`,
  unnamedTitle: 'Not named in the text',
  asPrinted: 'As printed',
  listedOn: 'On the list from',
  status: TYPE_WORDS,
  statusActive: (what: string, where: string, since: string) => `${what} in ${where} since ${since}`,
  statusNotYet: (what: string, where: string, since: string) => `not yet ${what} in ${where} (that came on ${since})`,
  statusEnded: (what: string, where: string, until: string) => `no longer ${what} in ${where} (ended ${until})`,
  statusSuspended: (what: string, where: string, since: string, suspended: string) =>
    `${what} in ${where} since ${since}; suspended since ${suspended}`,
  jurisdiction: JURISDICTIONS,
  // Popup
  popupLooking: 'Looking at this tab…',
  popupNotRunning: 'Reading Context does not run on this page.',
  popupOff: 'Off on this site.',
  popupNotArticle: 'Not an article: nothing changed.',
  popupPending: 'Still reading the page…',
  popupArticle: (notes: number, hidden: number) =>
    `Article: ${notes} note${notes === 1 ? '' : 's'}, ${hidden} item${hidden === 1 ? '' : 's'} hidden.`,
  popupForced: (notes: number, hidden: number) =>
    `Not detected as an article; shown anyway (Always): ${notes} note${notes === 1 ? '' : 's'}, ${hidden} item${hidden === 1 ? '' : 's'} hidden.`,
  popupApplying: 'Applying…',
  openBrowserPanel: "Show in the browser's side panel",
  popupOnSite: (host: string) => `On ${host}`,
  modeAuto: 'Auto',
  modeAutoHint: 'articles only',
  modeAlways: 'Always',
  modeOff: 'Off',
  reloadToApply: 'Reload the page to apply.',
  toggleSidebar: 'Open or close the sidebar',
  openOptions: 'Settings',
  shortcutHint: (keys: string) => `Shortcut: ${keys}`,
  // Options
  optionsTitle: 'Reading Context: settings',
  packsTitle: 'Glossary packs',
  packsHelp: 'Notes come from these packs. Switch a pack off to stop its notes; import your own pack as a JSON file (see the README for the format).',
  packShipped: 'ships with the extension',
  packImported: (date: string) => `imported ${date}`,
  packCounts: (entries: number, labels: number, notes: number) =>
    `${entries} entries, ${labels} labels${notes ? `, ${notes} translation notes` : ''}`,
  packEnabled: (title: string) => `Use the pack “${title}”`,
  packExport: 'Export',
  packRemove: 'Remove',
  packImport: 'Import a pack…',
  packImportedOk: (title: string, version: string) => `Imported “${title}” ${version}. Its notes appear on the next article you open.`,
  packReplacedOk: (title: string, version: string) => `Replaced “${title}” with version ${version}.`,
  packRejected: (file: string, n: number) => `“${file}” was not imported: ${n} problem${n === 1 ? '' : 's'}. Nothing was changed.`,
  packTooLarge: (file: string, limit: string) => `“${file}” was not imported: it is larger than ${limit}. Nothing was changed.`,
  packRemoved: (title: string) => `Removed “${title}”.`,
  packSaved: 'Saved. Pages loaded from now on use the new choice.',
  prefsTitle: 'Preferences',
  prefsPlace: 'Where the notes show',
  prefsPlacePage: 'Beside the page: the page makes room, and the sidebar opens by itself on articles with a mandated label',
  prefsPlaceBrowser: "In the browser's side panel: the page cannot draw over it; you open it from the toolbar or with the shortcut",
  prefsPlaceHint: 'Browsers open their side panel only when you ask, so there the notes never appear by themselves: the toolbar badge shows how many there are.',
  prefsSide: 'Sidebar side',
  prefsSideLeft: 'Left',
  prefsSideRight: 'Right',
  prefsStart: 'The sidebar starts',
  prefsStartAuto: 'Open on articles with a mandated label, else as a tab',
  prefsStartOpen: 'Open whenever there are notes',
  prefsStartCollapsed: 'Always as a tab (never opens by itself)',
  prefsStartHint: 'A page with no notes shows no tab: what was hidden there is listed when you open the sidebar from the toolbar or with the shortcut. Collapsing or resizing the sidebar on a site is remembered for that site.',
  prefsLanguage: 'Interface language',
  prefsLanguageAuto: 'Same as the browser',
  sitesTitle: 'Sites',
  sitesHelp: 'Sites you set to Always (notes and hiding on every page, article or not) or Off (nothing runs). Every other site is Auto: articles only. A change here applies to pages loaded from now on.',
  sitesEmpty: 'No site has its own mode yet: set one here or from the toolbar button on the site.',
  siteModeFor: (host: string) => `Mode on ${host}`,
  siteRemove: 'Remove',
  siteRemoveFor: (host: string) => `Remove ${host} (back to Auto)`,
  siteSaved: (host: string, mode: string) => `${host}: ${mode}. Pages loaded from now on use it.`,
  siteRemoved: (host: string) => `${host} is back to Auto.`,
  siteAddLabel: 'Add a site',
  siteAddMode: 'Mode for the new site',
  siteAdd: 'Add',
  siteInvalid: (text: string) => `“${text}” is not a site name or address: nothing was changed.`,
  hidingTitle: 'Hiding',
  hidingLegend: 'On article pages, hide',
  levelSection: 'The whole comment section',
  levelSectionHint: 'comments, their heading and the form (default)',
  levelForm: 'The comment form only',
  levelFormHint: 'keep the comments visible',
  rulesTitle: 'Your hiding rules',
  rulesHelp: "One rule per line, in a subset of uBlock Origin's cosmetic filter syntax. Whatever a rule selects still passes the guard: a rule never hides the article.",
  rulesSyntax: [
    ['##selector', ': hide what the CSS selector matches, on every site'],
    ['example.com##selector', ': only on example.com and its subdomains (several sites: a.com,b.org; exclude one: ~m.a.com)'],
    ['example.com#@#selector', ': exception, cancels the same rule on that site'],
    ['##selector:has-text(text)', ': only elements whose text contains the text (plain text, case-sensitive; no regular expressions)'],
    ['! note', ': a comment line'],
  ] as [string, string][],
  saveRules: 'Save rules',
  rulesSummary: (rules: number, ignored: number) =>
    `${rules} rule${rules === 1 ? '' : 's'}${ignored ? `, ${ignored} line${ignored === 1 ? '' : 's'} ignored` : ''}.`,
  ruleLine: (line: number) => `Line ${line}: `,
  allRules: 'All rules: ',
  rulesTooLong: 'Not saved: the rules are too long.',
  rulesSaved: (rules: number, ignored: number) =>
    `Saved. ${rules} rule${rules === 1 ? '' : 's'} will apply when a page is loaded${ignored ? '; the lines listed above are ignored' : ''}.`,
  privacyTitle: 'Privacy',
  privacyText: [
    'Reading Context reads the pages you open, in your browser, to tell whether they are articles, to find comment forms and to find names from its packs.',
    'It stores your settings, imported packs and per-site sidebar layout in the browser’s extension storage.',
    'It sends nothing anywhere: no network requests, no analytics, no remote code. Links in notes open only when you click them.',
  ],
};

export type Messages = typeof en;
