// The words around Russia's mandated labels, as data: what makes "(признан в РФ иноагентом)" a label and
// "Минюст включил его в реестр" an event. The designation terms themselves (иноагент*, террористическ*...)
// belong to the pack label they name (`terms`); this file holds the frame words every label shares.
//
// A pattern is one or more words separated by spaces. A word ending in "*" is a stem: it matches the stem
// plus up to STEM_SUFFIX letters (no regular expressions). Words are compared after lower-casing and ё→е.
// tests/unit/label-grammar.test.ts checks that every list is well formed and that no word sits in two
// roles that contradict each other.

export interface GrammarWords {
  /** Words of a ban without a list: "запрещена", "banned". A ban alone is type "banned". */
  ban: string[];
  /** Participles and predicates of a designation: "признан", "внесена", "recognized". */
  status: string[];
  /** Finite active verbs: their clause reports an event ("Минюст внес ...", "the court declared ..."). */
  event: string[];
  /** Auxiliaries that turn a predicate into an event or a forecast ("был признан", "may be recognized"). */
  eventAux: string[];
  /** Auxiliaries and relative words of a status clause ("which is", "которая"). */
  relative: string[];
  /** Russia as the place or author of the designation. */
  russia: string[];
  /** Places that are not Russia, said without a capital letter ("в стране" alone: which country?). */
  elsewhere: string[];
  /** Prepositions that introduce a place ("в Казахстане", "in Kazakhstan"). */
  placePrepositions: string[];
  /** Bodies and words that can stand in a label but never name its entity. */
  notNames: string[];
  /** Registers and lists ("в реестр", "the list of"). */
  registers: string[];
  /** Nouns and adjectives between a label and its name ("террористической организации «X»"). */
  generic: string[];
  /** Small words skipped inside a frame. */
  small: string[];
  /** "formerly known as X": X is another name of the entity before, not a new one. */
  alias: string[];
  /** The first words of a statutory banner ("Данное сообщение (материал) создано ..."). */
  bannerOpeners: string[];
  /** Its verbs ("создано", "распространено", "produced"). */
  bannerVerbs: string[];
}

export const STEM_SUFFIX = 6;

export const RU_LABEL_GRAMMAR: Record<'ru' | 'en', GrammarWords> = {
  ru: {
    ban: ['запрещ*', 'ликвидирован*'],
    status: ['признан*', 'внесен*', 'включен*', 'объявлен*', 'считает*', 'считают*', 'является', 'являются', 'числит*', 'исполняющ*', 'выполняющ*'],
    event: [
      'признал', 'признала', 'признало', 'признали', 'признает', 'признают', 'внес', 'внесла', 'внесло', 'внесли',
      'включил', 'включила', 'включило', 'включили', 'объявил', 'объявила', 'объявило', 'объявили', 'запретил',
      'запретила', 'запретило', 'запретили', 'ликвидировал', 'ликвидировала', 'ликвидировали', 'исключил', 'исключила',
      'исключили',
    ],
    eventAux: ['был', 'была', 'было', 'были', 'будет', 'будут', 'может', 'могут', 'могла', 'мог', 'могли'],
    relative: ['котор*', 'чья', 'чей', 'чьи', 'деятельность', 'его', 'ее', 'их', 'также', 'тоже'],
    russia: [
      'рф', 'россия', 'россии', 'россией', 'российск*', 'российская федерация', 'российской федерации', 'нашей стране',
      'минюст*', 'министерств* юстиции', 'генпрокуратур*', 'генеральн* прокуратур*', 'росфинмониторинг*', 'верховн* суд*',
      'мосгорсуд*', 'роскомнадзор*',
    ],
    elsewhere: ['в стране', 'в ряде стран', 'во многих странах', 'за рубежом'],
    placePrepositions: ['в', 'во', 'на территории'],
    notNames: [
      'рф', 'россия', 'россии', 'россией', 'российск*', 'федерац*', 'минюст*', 'министерств*', 'юстиции', 'генпрокуратур*',
      'генеральн*', 'прокуратур*', 'росфинмониторинг*', 'верховн*', 'суд*', 'мосгорсуд*', 'роскомнадзор*', 'фсб', 'мвд',
      'ск', 'сми', 'нко', 'нпо', 'фз', 'коап', 'ук', 'госдум*', 'кремл*', 'власт*', 'признан*', 'внесен*', 'включен*',
      'объявлен*', 'запрещ*', 'ранее', 'также', 'как', 'по', 'прим', 'ред', 'организац*', 'физическ*', 'физлиц*',
      'лицо', 'лица', 'радиостанц*', 'издани*', 'телеканал*', 'это', 'эта', 'этот', 'данн*', 'настоящ*', 'его', 'ее',
      'их', 'он', 'она', 'они',
    ],
    registers: ['реестр*', 'список', 'списк*', 'спис*', 'перечн*', 'перечень'],
    generic: [
      'организац*', 'группировк*', 'групп*', 'движени*', 'сообществ*', 'объединени*', 'батальон*', 'нацбатальон*',
      'парти*', 'издани*', 'телеканал*', 'радиостанц*', 'компани*', 'структур*', 'ячейк*', 'сект*', 'корпорац*',
      'подразделени*', 'формировани*', 'фонд*', 'проект*', 'нко', 'нпо', 'сми', 'интернет-издани*', 'центр*',
      'журналист*', 'блогер*', 'политолог*', 'писател*', 'музыкант*', 'артист*', 'певиц*', 'певец', 'шахматист*',
      'правозащитник*', 'активист*', 'оппозиционер*', 'деятел*', 'главред*', 'редактор*', 'лидер*', 'основател*',
      'адвокат*', 'физлиц*', 'лиц*', 'международн*', 'религиозн*', 'радикальн*', 'исламистск*', 'общественн*',
      'украинск*', 'иностранн*', 'неправительственн*', 'некоммерческ*', 'так', 'называем*', 'бывш*',
    ],
    small: ['в', 'во', 'на', 'по', 'из', 'с', 'со', 'за', 'к', 'от', 'для', 'и', 'а', 'как', 'же', 'об', 'о', 'при', 'территории', 'решению', 'решением'],
    alias: ['ранее известн*', 'также известн*', 'прежде', 'бывш*', 'известн* как'],
    bannerOpeners: ['данное сообщение', 'данный материал', 'настоящий материал', 'настоящее сообщение', 'данная информация'],
    bannerVerbs: ['создан*', 'распространен*', 'произведен*', 'направлен*'],
  },
  en: {
    ban: ['banned', 'outlawed', 'prohibited', 'proscribed', 'liquidated'],
    status: [
      'recognized', 'recognised', 'designated', 'declared', 'labeled', 'labelled', 'listed', 'included', 'deemed',
      'considered', 'branded', 'added', 'performing', 'acting',
    ],
    event: ['designates', 'declares', 'bans', 'lists', 'adds', 'labels', 'recognizes', 'recognises', 'outlaws'],
    eventAux: ['was', 'were', 'will', 'would', 'may', 'might', 'could', 'can', 'to', 'be', 'expected', 'has', 'have', 'had'],
    relative: ['which', 'who', 'whose', 'that', 'is', 'are', 'has been', 'have been', 'had been', 'also', 'both', 'being', 'its', 'whose activities'],
    russia: [
      'russia', "russia's", 'russian', 'russian federation', 'our country', 'moscow', 'justice ministry', 'ministry of justice',
      'rosfinmonitoring', 'prosecutor general*',
    ],
    elsewhere: ['many countries', 'other countries', 'several countries', 'the country'],
    placePrepositions: ['in', 'by', 'on the territory of'],
    notNames: [
      'russia', "russia's", 'russian', 'federation', 'justice', 'ministry', 'supreme', 'court', 'prosecutor', 'general',
      "general's", 'office', 'rosfinmonitoring', 'fsb', 'interior', 'kremlin', 'duma', 'moscow', 'the', 'a', 'an', 'it',
      'its', 'this', 'these', 'his', 'her', 'their', 'mass', 'media', 'ngo', 'ngos', 'government', 'earlier', 'also',
      'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'january', 'february', 'march',
      'april', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
    ],
    registers: ['register', 'registry', 'list', 'lists', 'blacklist', 'roster'],
    generic: [
      'organization', 'organizations', 'organisation', 'organisations', 'group', 'groups', 'movement', 'sect', 'cell',
      'cells', 'network', 'battalion', 'party', 'outlet', 'media', 'company', 'wing', 'branch', 'office', 'political',
      'faction', 'community', 'structure', 'ngo', 'ngos', 'non-profit', 'international', 'religious', 'radical', 'islamic',
      'islamist', 'militant', 'nationalist', 'opposition', 'formation', 'unit', 'personality', 'associated',
      'with', 'channel', 'project', 'foundation', 'fund', 'founder', 'founders', 'co-founder', 'head', 'leader', 'chief',
      'member', 'members', 'supporters', 'journalist', 'blogger', 'activist', 'politician', 'writer', 'lawyer',
    ],
    small: ['the', 'a', 'an', 'of', 'in', 'by', 'as', 'and', 'on', 'for', 'at', 'to', 'territory'],
    alias: ['formerly', 'known as', 'also known', 'aka', 'previously', 'former'],
    bannerOpeners: ['this message', 'this material', 'this news media', 'this news', 'this information'],
    bannerVerbs: ['created', 'produced', 'distributed', 'disseminated', 'sent', 'spread'],
  },
};
