import type { Messages } from './en';

// Interface strings, Russian.
const plural = (n: number, one: string, few: string, many: string) => {
  const m10 = n % 10;
  const m100 = n % 100;
  if (m10 === 1 && m100 !== 11) return one;
  if (m10 >= 2 && m10 <= 4 && (m100 < 12 || m100 > 14)) return few;
  return many;
};

export const ru: Messages = {
  appName: 'Reading Context',
  closeSidebar: 'Закрыть панель',
  collapseSidebar: 'Свернуть панель',
  expandSidebar: 'Открыть панель',
  resizeSidebar: 'Изменить ширину панели (клавиши со стрелками)',
  notesCount: (n) => `${n} ${plural(n, 'заметка', 'заметки', 'заметок')}`,
  readingArticle: 'Читаем статью…',
  noReport: 'Для этой страницы нет отчёта.',
  publishedOn: (date) => `Опубликовано ${date}`,
  noPublishedDate: 'Дата публикации не найдена: статусы указаны на сегодня.',
  sectionLabels: 'Маркировки в статье',
  sectionNotes: 'Люди, места, организации',
  sectionTranslations: 'Возможные ошибки перевода',
  sectionHidden: 'Скрыто на странице',
  noNotes: 'В подключённых пакетах нет заметок для этой статьи.',
  labelRefersTo: 'Относится к',
  law: 'Закон',
  penalty: 'Ответственность',
  list: 'Список',
  atPublication: 'На дату публикации',
  now: 'Сейчас',
  noDate: 'в статье нет даты',
  sources: 'Источники',
  mentions: (n) => `${n} ${plural(n, 'упоминание', 'упоминания', 'упоминаний')}`,
  mentionOf: (i, n) => `${i} из ${n}`,
  previousMention: (title) => `Предыдущее упоминание: ${title}`,
  nextMention: (title) => `Следующее упоминание: ${title}`,
  translationMeaning: 'Скорее всего означает',
  translationContext: (words) => `Показано, потому что в статье упоминается: ${words}.`,
  show: 'Показать',
  hide: 'Скрыть',
  showItem: (system) => `Снова показать скрытый элемент ${system}`,
  hideItem: (system) => `Скрыть элемент ${system}`,
  noText: '(без текста)',
  kind: {
    organization: 'организация', movement: 'движение', media: 'СМИ', person: 'человек', place: 'место',
    body: 'госорган', company: 'компания', platform: 'платформа', unlisted: 'нет в пакетах', other: 'другое',
  },
  unlistedSummary: (label) => `Нет в подключённых пакетах. Статья сопровождает это название маркировкой «${label}».`,
  status: {
    terrorist: 'признана террористической',
    extremist: 'признана экстремистской',
    'foreign-agent': 'в реестре иностранных агентов',
    undesirable: 'признана нежелательной организацией',
    banned: 'запрещена',
    sanctioned: 'под санкциями',
  },
  statusActive: (what, where, since) => `${what} (${where}) с ${since}`,
  statusNotYet: (what, where, since) => `ещё не ${what} (${where}); это произошло ${since}`,
  statusEnded: (what, where, until) => `больше не ${what} (${where}) с ${until}`,
  statusSuspended: (what, where, since, suspended) => `${what} (${where}) с ${since}; действие приостановлено с ${suspended}`,
  jurisdiction: { RU: 'Россия', US: 'США', GB: 'Великобритания', UK: 'Великобритания', EU: 'Евросоюз', BY: 'Беларусь', UA: 'Украина' },
  popupLooking: 'Смотрим вкладку…',
  popupNotRunning: 'Reading Context не работает на этой странице.',
  popupOff: 'Выключено на этом сайте.',
  popupNotArticle: 'Это не статья: ничего не изменено.',
  popupPending: 'Страница ещё читается…',
  popupArticle: (notes, hidden) =>
    `Статья: ${notes} ${plural(notes, 'заметка', 'заметки', 'заметок')}, скрыто ${hidden} ${plural(hidden, 'элемент', 'элемента', 'элементов')}.`,
  popupOnSite: (host) => `На сайте ${host}`,
  modeAuto: 'Авто',
  modeAutoHint: 'только статьи',
  modeAlways: 'Всегда',
  modeOff: 'Выкл.',
  reloadToApply: 'Перезагрузите страницу, чтобы применить.',
  toggleSidebar: 'Открыть или закрыть панель',
  openOptions: 'Настройки',
  shortcutHint: (keys) => `Сочетание клавиш: ${keys}`,
};
