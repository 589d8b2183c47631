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
  moreAboutLabel: 'Что это значит, закон, источники',
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
  showItem: (what) => `Снова показать: ${what}`,
  hideItem: (what) => `Скрыть: ${what}`,
  hiddenKind: (kind, posts) => {
    const count = posts ? `, ${posts} ${plural(posts, 'комментарий', 'комментария', 'комментариев')}` : '';
    switch (kind) {
      case 'comment-form': return 'форма комментария';
      case 'form-message': return 'сообщение формы комментария';
      case 'comment-thread': return `ветка комментариев${count}`;
      case 'comment-widget': return 'виджет комментариев';
      case 'load-control': return 'кнопка «загрузить комментарии»';
      case 'rule': return 'элемент по вашему правилу';
      default: return `раздел комментариев${count}`;
    }
  },
  systemNames: { thread: 'найдено по виду комментариев', user: 'ваше правило скрытия', named: 'назван на странице комментариями' },
  noText: '(без текста)',
  kind: {
    organization: 'организация', movement: 'движение', media: 'СМИ', person: 'человек', place: 'место',
    body: 'госорган', company: 'компания', platform: 'платформа', unlisted: 'нет в пакетах', other: 'другое',
  },
  unlistedSummary: (label, reason = 'not-in-packs', knownAs, checked) =>
    reason === 'no-record'
      ? `Статья сопровождает это название маркировкой «${label}». В подключённых пакетах есть ${knownAs ?? 'это название'}, но записи о таком статусе нет.`
      : reason === 'unnamed'
        ? `Статья приводит маркировку «${label}», не называя, к кому она относится.`
        : checked
          ? `Нет в пакете «${checked.list}» по данным на ${checked.asOf}: возможно, включение было позже этой даты или маркировка ошибочна. Статья сопровождает это название маркировкой «${label}».`
          : `Нет в подключённых пакетах. Статья сопровождает это название маркировкой «${label}».`,
  unnamedTitle: 'Не названо в тексте',
  asPrinted: 'В тексте',
  nowAsOf: (date) => `Сейчас (данные на ${date})`,
  listedOn: 'В списке с',
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
  popupForced: (notes, hidden) => `Не похоже на статью, но включено («Всегда»): заметок: ${notes}, скрыто: ${hidden}.`,
  popupApplying: 'Применяем…',
  openBrowserPanel: 'Показать в боковой панели браузера',
  popupOnSite: (host) => `На сайте ${host}`,
  modeAuto: 'Авто',
  modeAutoHint: 'только статьи',
  modeAlways: 'Всегда',
  modeOff: 'Выкл.',
  reloadToApply: 'Перезагрузите страницу, чтобы применить.',
  toggleSidebar: 'Открыть или закрыть панель',
  openOptions: 'Настройки',
  shortcutHint: (keys) => `Сочетание клавиш: ${keys}`,
  optionsTitle: 'Reading Context: настройки',
  packsTitle: 'Пакеты глоссария',
  packsHelp: 'Заметки берутся из этих пакетов. Выключите пакет, чтобы скрыть его заметки; импортируйте свой пакет в формате JSON (формат описан в README).',
  packShipped: 'входит в расширение',
  packImported: (date) => `импортирован ${date}`,
  packCounts: (entries, labels, notes) =>
    `записей: ${entries}, маркировок: ${labels}${notes ? `, заметок о переводе: ${notes}` : ''}`,
  packEnabled: (title) => `Использовать пакет «${title}»`,
  packExport: 'Экспорт',
  packRemove: 'Удалить',
  packImport: 'Импортировать пакет…',
  packImportedOk: (title, version) => `Пакет «${title}» ${version} импортирован. Его заметки появятся в следующей открытой статье.`,
  packReplacedOk: (title, version) => `Пакет «${title}» заменён версией ${version}.`,
  packRejected: (file, n) => `Файл «${file}» не импортирован: ошибок — ${n}. Ничего не изменено.`,
  packTooLarge: (file, limit) => `Файл «${file}» не импортирован: он больше ${limit}. Ничего не изменено.`,
  packRemoved: (title) => `Пакет «${title}» удалён.`,
  packSaved: 'Сохранено. Новые настройки действуют для страниц, открытых после этого.',
  prefsTitle: 'Параметры',
  prefsPlace: 'Где показывать заметки',
  prefsPlacePage: 'Рядом со страницей: страница сдвигается, а в статьях с обязательной маркировкой панель открывается сама',
  prefsPlaceBrowser: 'В боковой панели браузера: страница не может её закрыть или подделать; открывается с панели инструментов или сочетанием клавиш',
  prefsPlaceHint: 'Браузер открывает свою боковую панель только по вашему действию, поэтому сама она не появится: число заметок видно на значке расширения.',
  prefsSide: 'Сторона панели',
  prefsSideLeft: 'Слева',
  prefsSideRight: 'Справа',
  prefsStart: 'Боковая панель при открытии статьи',
  prefsStartAuto: 'Открыта в статьях с обязательной маркировкой, иначе свёрнута',
  prefsStartOpen: 'Открыта всегда, когда есть заметки',
  prefsStartCollapsed: 'Всегда свёрнута (сама не открывается)',
  prefsStartHint: 'Если заметок нет, вкладки нет: скрытое на странице видно, если открыть панель с панели инструментов или сочетанием клавиш. Свёрнутая панель и её ширина запоминаются для каждого сайта.',
  prefsLanguage: 'Язык интерфейса',
  prefsLanguageAuto: 'Как в браузере',
  sitesTitle: 'Сайты',
  sitesHelp: 'Сайты, для которых выбран режим «Всегда» (заметки и скрытие на каждой странице, статья это или нет) или «Выкл.» (ничего не работает). Остальные сайты в режиме «Авто»: только статьи. Изменение действует на страницы, загруженные после него.',
  sitesEmpty: 'Ни у одного сайта пока нет своего режима: задайте его здесь или кнопкой на панели инструментов на самом сайте.',
  siteModeFor: (host: string) => `Режим на ${host}`,
  siteRemove: 'Удалить',
  siteRemoveFor: (host: string) => `Удалить ${host} (вернуть «Авто»)`,
  siteSaved: (host: string, mode: string) => `${host}: ${mode}. Действует на страницы, загруженные с этого момента.`,
  siteRemoved: (host: string) => `Для ${host} снова режим «Авто».`,
  siteAddLabel: 'Добавить сайт',
  siteAddMode: 'Режим для нового сайта',
  siteAdd: 'Добавить',
  siteInvalid: (text: string) => `«${text}» не похоже на имя или адрес сайта: ничего не изменено.`,
  hidingTitle: 'Скрытие',
  hidingLegend: 'На страницах статей скрывать',
  levelSection: 'Весь раздел комментариев',
  levelSectionHint: 'комментарии, их заголовок и форму (по умолчанию)',
  levelForm: 'Только форму комментария',
  levelFormHint: 'комментарии остаются видны',
  rulesTitle: 'Ваши правила скрытия',
  rulesHelp: 'По одному правилу в строке, в подмножестве синтаксиса косметических фильтров uBlock Origin. Всё, что выбирает правило, проходит ту же проверку: правило никогда не скроет статью.',
  rulesSyntax: [
    ['##selector', ': скрыть то, что выбирает CSS-селектор, на всех сайтах'],
    ['example.com##selector', ': только на example.com и его поддоменах (несколько сайтов: a.com,b.org; исключить: ~m.a.com)'],
    ['example.com#@#selector', ': исключение, отменяет такое же правило на этом сайте'],
    ['##selector:has-text(text)', ': только элементы, текст которых содержит этот текст (простой текст с учётом регистра; без регулярных выражений)'],
    ['! note', ': строка-комментарий'],
  ],
  saveRules: 'Сохранить правила',
  rulesSummary: (rules, ignored) => `Правил: ${rules}${ignored ? `, пропущено строк: ${ignored}` : ''}.`,
  ruleLine: (line) => `Строка ${line}: `,
  allRules: 'Все правила: ',
  rulesTooLong: 'Не сохранено: правила слишком длинные.',
  rulesSaved: (rules, ignored) =>
    `Сохранено. Правил: ${rules}; они применятся к страницам, открытым после этого${ignored ? '; строки, перечисленные выше, пропускаются' : ''}.`,
  privacyTitle: 'Конфиденциальность',
  privacyText: [
    'Reading Context читает открытые вами страницы у вас в браузере: чтобы понять, статья ли это, найти формы комментариев и названия из пакетов.',
    'Он хранит ваши настройки, импортированные пакеты и вид панели для каждого сайта в хранилище расширения в браузере.',
    'Он ничего никуда не отправляет: никаких сетевых запросов, аналитики или удалённого кода. Ссылки в заметках открываются, только когда вы по ним нажимаете.',
  ],
};
