// UI strings that comment forms leave in the page text (often visible once a page is copied, translated or
// loses its stylesheet). Matched case-insensitively as whole strings after white space, apostrophes and
// ellipses are folded. A text node made of nothing but such strings hides the smallest container that holds
// it together with the form's controls, or a container made of nothing but such strings (plan.ts); a
// sentence of the article that merely contains one is never a hit.
//
// Each set names where its strings come from: the projects' own sources and translation files (GPL, short
// UI strings). Where a project publishes no translation for a language (tagDiv serves its translations from
// its own server, api.tagdiv.com, to the theme panel), a set may come from a translation a site published
// in its own repository; the comment at such a set says so. Where none is published anywhere, a set in
// the project's own wording of the system's strings is marked `wording: 'project'`. Strings that would be
// ordinary words or headings in an article ("Comment", "Name", "Newest", "I più discussi", "Unirse al
// debate") are left out on purpose. A "%s" in a source string is cut: "Required fields are marked %s" is
// listed as its leading words, the leftover "*" counts as punctuation.

export interface ResiduePhraseSet {
  system: string;
  lang: string;
  /** Source of the strings: the project's source file or its translation file for this language. */
  reference?: string;
  /**
   * 'project': no published wording of the system's strings exists in this language; the set is this
   * project's rendering of the strings at `reference`, and a site may word them otherwise.
   */
  wording?: 'project';
  phrases: string[];
}

/** Sets in the project's own wording, one per language, each pointing at the strings it renders. */
function projectWording(system: string, reference: string, byLang: Record<string, string[]>): ResiduePhraseSet[] {
  return Object.entries(byLang).map(([lang, phrases]) => ({ system, lang, reference, wording: 'project' as const, phrases }));
}

const WP_CORE = 'https://github.com/WordPress/wordpress-develop/blob/trunk/src/wp-includes/comment-template.php';
const WP_PO = (locale: string) => `https://translate.wordpress.org/projects/wp/dev/${locale}/default/`;
const WPDISCUZ = 'https://github.com/gVectors/wpdiscuz/blob/master/class.WpdiscuzOptions.php';
const WPDISCUZ_PO = (locale: string) => `https://translate.wordpress.org/projects/wp-plugins/wpdiscuz/stable/${locale}/default/`;
/** wpDiscuz 7.6.54 as published in the plugin directory, with its bundled languages/wpdiscuz-it_IT.po. */
const WPDISCUZ_IT_PO = 'https://github.com/WordpressPluginDirectory/wpdiscuz/blob/7dce59fa573c0864c4c1aef3dee69506219f358e/wpdiscuz/languages/wpdiscuz-it_IT.po';
/** A site's es_ES translation of wpDiscuz 4 (Poedit, 2017), shipped in its repository's plugin folder. */
const WPDISCUZ_ES_PO = 'https://github.com/DCueto/eloesports_wp/blob/aa3f00f8164242706bd17387ef79bd67a4c2b4ed/wp-content/plugins/wpdiscuz/languages/wpdiscuz-es_ES.po';
/** tagDiv Newspaper's English comment-form strings (comments.php, through its __td() translation panel). */
const TAGDIV_EN = 'https://tagdiv.com/newspaper/';
/** A Brazilian news site's translation of the Newspaper theme's strings (a gettext filter in a mu-plugin). */
const TAGDIV_PT_SITE = 'https://github.com/zurctrebla/portal-noticias/blob/e66f2d015e935b506cdf0bbc7e7b5e7871821f1c/mu-plugins/bahia-traducoes.php';
const JETPACK = 'https://github.com/Automattic/jetpack/blob/trunk/projects/plugins/jetpack/modules/subscriptions.php';
const JETPACK_PO = (locale: string) => `https://translate.wordpress.org/projects/wp-plugins/jetpack/stable/${locale}/default/`;

export const RESIDUE_PHRASES: ResiduePhraseSet[] = [
  // tagDiv Newspaper: comments.php passes these through __td() (its own translation panel).
  {
    system: 'tagdiv',
    lang: 'en',
    reference: TAGDIV_EN,
    phrases: [
      'Please enter your comment!',
      'Please enter your name here',
      'You have entered an incorrect email address!',
      'Please enter your email address here',
      'Log in to leave a comment',
    ],
  },
  {
    system: 'tagdiv',
    lang: 'ru',
    reference: 'https://tagdiv.com/newspaper/',
    phrases: [
      'Пожалуйста, введите ваш комментарий!',
      'Пожалуйста, введите свое имя здесь',
      'Вы ввели неправильный адрес электронной почты!',
      'Пожалуйста, введите ваш адрес электронной почты здесь',
    ],
  },
  // tagDiv publishes no translation file: the panel loads user-made translations from api.tagdiv.com
  // (td_ajax::on_ajax_get_translation). The only published Portuguese wording found is one site's own,
  // for the two strings it translated (its other tagDiv strings stay English, which the en set covers).
  {
    system: 'tagdiv',
    lang: 'pt',
    reference: TAGDIV_PT_SITE,
    phrases: ['Digite seu nome aqui', 'Entre para comentar'],
  },
  // No published uk, de, fr, es, it (or more pt) wording of these strings was found. The sets below are the
  // project's own plain rendering of the English strings above (`wording: 'project'`), in the forms a site's
  // translator most often picks (formal and informal address where the language has both); a site that
  // words them otherwise is still covered by the .td-warning-* selectors while its markup is intact. Final
  // "!" is left out: punctuation is free in a match, so "commentaire !" and "commentaire!" both hit.
  ...projectWording('tagdiv', TAGDIV_EN, {
    uk: [
      'Будь ласка, введіть свій коментар',
      'Будь ласка, введіть своє ім’я тут',
      'Ви ввели неправильну адресу електронної пошти',
      'Будь ласка, введіть свою адресу електронної пошти тут',
      'Увійдіть, щоб залишити коментар',
    ],
    de: [
      'Bitte geben Sie Ihren Kommentar ein',
      'Bitte gib deinen Kommentar ein',
      'Bitte geben Sie hier Ihren Namen ein',
      'Bitte gib hier deinen Namen ein',
      'Sie haben eine ungültige E-Mail-Adresse eingegeben',
      'Du hast eine ungültige E-Mail-Adresse eingegeben',
      'Bitte geben Sie hier Ihre E-Mail-Adresse ein',
      'Bitte gib hier deine E-Mail-Adresse ein',
      'Melden Sie sich an, um einen Kommentar zu hinterlassen',
      'Melde dich an, um einen Kommentar zu hinterlassen',
    ],
    fr: [
      'Veuillez saisir votre commentaire',
      'Veuillez entrer votre commentaire',
      'Veuillez saisir votre nom ici',
      'Veuillez entrer votre nom ici',
      'Vous avez saisi une adresse e-mail incorrecte',
      'Vous avez entré une adresse e-mail incorrecte',
      'Veuillez saisir votre adresse e-mail ici',
      'Veuillez entrer votre adresse e-mail ici',
      'Connectez-vous pour laisser un commentaire',
    ],
    es: [
      'Por favor ingrese su comentario',
      'Por favor, introduce tu comentario',
      'Por favor ingrese su nombre aquí',
      'Por favor, introduce tu nombre aquí',
      'Has introducido una dirección de correo electrónico incorrecta',
      'Ha ingresado una dirección de correo electrónico incorrecta',
      'Por favor ingrese su dirección de correo electrónico aquí',
      'Por favor, introduce tu dirección de correo electrónico aquí',
      'Inicia sesión para dejar un comentario',
    ],
    it: [
      'Per favore inserisci il tuo commento',
      'Inserisci il tuo commento',
      'Per favore inserisci qui il tuo nome',
      'Inserisci qui il tuo nome',
      'Hai inserito un indirizzo email errato',
      'Per favore inserisci qui il tuo indirizzo email',
      'Inserisci qui il tuo indirizzo email',
      'Accedi per lasciare un commento',
    ],
  }),
  {
    system: 'recaptcha',
    lang: 'en',
    reference: 'https://developers.google.com/recaptcha/docs/display',
    phrases: ['Captcha verification failed!', 'CAPTCHA user score failed. Please contact us!', 'reCAPTCHA verification failed'],
  },

  // WordPress core comment_form(): title_reply, cancel_reply_link, comment_notes_before, the cookies
  // consent label and label_submit, in the core translations of each locale.
  {
    system: 'wordpress',
    lang: 'en',
    reference: WP_CORE,
    phrases: [
      'Leave a Reply',
      'Cancel reply',
      'Your email address will not be published.',
      'Required fields are marked',
      'Save my name, email, and website in this browser for the next time I comment.',
      'Post Comment',
    ],
  },
  {
    system: 'wordpress',
    lang: 'ru',
    reference: WP_PO('ru'),
    phrases: [
      'Добавить комментарий',
      'Отменить ответ',
      'Ваш e-mail не будет опубликован.',
      'Ваш адрес email не будет опубликован.',
      'Обязательные поля помечены',
      'Сохранить моё имя, email и адрес сайта в этом браузере для последующих моих комментариев.',
      'Отправить комментарий',
    ],
  },
  {
    system: 'wordpress',
    lang: 'uk',
    reference: WP_PO('uk'),
    phrases: [
      'Залишити відповідь',
      'Скасувати відповідь',
      'Ваша e-mail адреса не оприлюднюватиметься.',
      "Обов'язкові поля позначені",
      "Зберегти моє ім'я, e-mail, та адресу сайту в цьому браузері для моїх подальших коментарів.",
      'Опублікувати коментар',
    ],
  },
  {
    system: 'wordpress',
    lang: 'de',
    reference: WP_PO('de'),
    phrases: [
      'Schreibe einen Kommentar',
      'Antworten abbrechen',
      'Deine E-Mail-Adresse wird nicht veröffentlicht.',
      'Erforderliche Felder sind mit',
      'Meinen Namen, E-Mail und Website in diesem Browser speichern, bis ich wieder kommentiere.',
      'Kommentar abschicken',
    ],
  },
  {
    system: 'wordpress',
    lang: 'fr',
    reference: WP_PO('fr'),
    phrases: [
      'Laisser un commentaire',
      'Annuler la réponse',
      'Votre adresse de messagerie ne sera pas publiée.',
      'Votre adresse e-mail ne sera pas publiée.',
      'Les champs obligatoires sont indiqués avec',
      'Enregistrer mon nom, mon e-mail et mon site web dans le navigateur pour mon prochain commentaire.',
    ],
  },
  {
    system: 'wordpress',
    lang: 'es',
    reference: WP_PO('es'),
    phrases: [
      'Deja un comentario',
      'Cancelar respuesta',
      'Tu dirección de correo electrónico no será publicada.',
      'Los campos obligatorios están marcados con',
      'Guardar mi nombre, correo electrónico y sitio web en este navegador para la próxima vez que haga un comentario.',
      'Publicar comentario',
    ],
  },
  {
    system: 'wordpress',
    lang: 'it',
    reference: WP_PO('it'),
    phrases: [
      'Lascia un commento',
      'Annulla risposta',
      'Il tuo indirizzo email non sarà pubblicato.',
      'I campi obbligatori sono contrassegnati',
      'Pubblica il commento',
    ],
  },
  {
    system: 'wordpress',
    lang: 'pt',
    reference: WP_PO('pt-br'),
    phrases: [
      'Deixe uma resposta',
      'Cancelar resposta',
      'O seu endereço de e-mail não será publicado.',
      'O seu endereço de email não será publicado.',
      'Campos obrigatórios são marcados com',
      'Campos obrigatórios marcados com',
      'Salvar meus dados neste navegador para a próxima vez que eu comentar.',
      'Guardar o meu nome, email e site neste navegador para a próxima vez que eu comentar.',
      'Publicar comentário',
    ],
  },

  // wpDiscuz: the default phrases of its options class and their translations.
  {
    system: 'wpdiscuz',
    lang: 'en',
    reference: WPDISCUZ,
    phrases: [
      'Be the First to Comment!',
      'Start the discussion',
      'Join the discussion',
      'new follow-up comments',
      'new replies to my comments',
      'Hottest comment thread',
      'Most reacted comment',
      'Inline Feedbacks',
      'View all comments',
    ],
  },
  {
    system: 'wpdiscuz',
    lang: 'ru',
    reference: WPDISCUZ_PO('ru'),
    phrases: [
      'Оставьте первый комментарий!',
      'Начать обсуждение',
      'Присоединиться к обсуждению',
      'новых последующих комментариях',
      'новых ответах на мои комментарии',
      'Цепочка популярного комментария',
      'Самый популярный комментарий',
      'Посмотреть все комментарии',
      'Сообщать о новых ответах на этот комментарий',
    ],
  },
  {
    system: 'wpdiscuz',
    lang: 'uk',
    reference: WPDISCUZ_PO('uk'),
    phrases: [
      'Прокоментуйте першим!',
      'Почніть дискусію',
      'Приєднуйтесь до дискусії',
      'нові подальші коментарі',
      'нові відповіді на мої коментарі',
      'Найгарячіша гілка коментарів',
      'Найпопулярніший коментар',
      'Переглянути всі коментарі',
    ],
  },
  {
    system: 'wpdiscuz',
    lang: 'de',
    reference: WPDISCUZ_PO('de'),
    phrases: [
      'Schreib den ersten Kommentar!',
      'Beginne die Diskussion',
      'An der Diskussion teilnehmen',
      'Neue Antworten auf meine Kommentare',
      'Brisantester Kommentar-Thread',
      'Kommentar mit den meisten Reaktionen',
      'Alle Kommentare anzeigen',
    ],
  },
  {
    system: 'wpdiscuz',
    lang: 'fr',
    reference: WPDISCUZ_PO('fr'),
    phrases: [
      'Soyez le premier à commenter !',
      'Démarrer la discussion',
      'Rejoindre la discussion',
      'nouveaux commentaires de suivi',
      'nouvelles réponses à mes commentaires',
      'Fil de commentaire le plus chaud',
      'Commentaire avec le plus de réactions',
      'Afficher tous les commentaires',
      'Notifier des nouvelles réponses à ce commentaire',
    ],
  },
  {
    system: 'wpdiscuz',
    lang: 'pt',
    reference: WPDISCUZ_PO('pt-br'),
    phrases: [
      'Seja o Primeiro a Comentar!',
      'Iniciar a discussão',
      'Comece a discussão',
      'Entre na discussão',
      'novos comentários de acompanhamento',
      'novas respostas aos meus comentários',
      'Tópico de comentários mais quente',
      'Ver todos os comentários',
      'Notificar-me de respostas a este comentário',
    ],
  },
  {
    // wpDiscuz 4's defaults ("Be the First to Comment!", the subscription options, the reply notification
    // label) as this translation has them; wpDiscuz 7 still uses the same English strings for them.
    system: 'wpdiscuz',
    lang: 'es',
    reference: WPDISCUZ_ES_PO,
    // "Empezar el debate" and "Unirse al debate" (start / join the discussion) read like headings: left out.
    phrases: [
      'Sé el Primero en Comentar!',
      'nuevos comentarios de seguimiento',
      'nuevas respuestas a mis comentarios',
      'Notificar de nuevas respuestas en este comentario',
      'Participar en este debate vía email',
    ],
  },
  {
    // "Hottest comment thread" is "I più discussi" here, and the form's "Scrivi la tua recensione" reads like
    // a review's own heading: left out. "Feedback in linea" stays: it is the name of wpDiscuz's feature.
    system: 'wpdiscuz',
    lang: 'it',
    reference: WPDISCUZ_IT_PO,
    phrases: [
      'Lasciaci il tuo parere!',
      'Scrivi qui il tuo parere...',
      'Nuovi commenti di seguito al mio',
      'nuove repliche ai miei commenti',
      'Il commento più reagito',
      'Feedback in linea',
      'Visualizza tutti i commenti',
      'Notificami le nuove risposte al commento',
    ],
  },

  // Jetpack: the comment subscription checkboxes and the comment block's prompts.
  {
    system: 'jetpack',
    lang: 'en',
    reference: JETPACK,
    phrases: ['Notify me of follow-up comments by email.', 'Notify me of new posts by email.', 'Write a Comment...'],
  },
  {
    system: 'jetpack',
    lang: 'ru',
    reference: JETPACK_PO('ru'),
    phrases: ['Уведомить меня о новых комментариях по email.', 'Уведомлять меня о новых записях почтой.', 'Опубликовать комментарий...'],
  },
  {
    system: 'jetpack',
    lang: 'uk',
    reference: JETPACK_PO('uk'),
    phrases: ['Повідомити мене про нові коментарі по email.', 'Повідомляти мене про нові записи електронною поштою.', 'Написати коментар...'],
  },
  {
    system: 'jetpack',
    lang: 'de',
    reference: JETPACK_PO('de'),
    phrases: [
      'Benachrichtige mich über nachfolgende Kommentare via E-Mail.',
      'Benachrichtige mich über neue Beiträge via E-Mail.',
      'Kommentar verfassen',
      'Verfasse einen Kommentar...',
    ],
  },
  {
    system: 'jetpack',
    lang: 'fr',
    reference: JETPACK_PO('fr'),
    phrases: [
      'Prévenez-moi de tous les nouveaux commentaires par e-mail.',
      'Prévenez-moi de tous les nouveaux articles par e-mail.',
      'Écrire un commentaire...',
    ],
  },
  {
    system: 'jetpack',
    lang: 'es',
    reference: JETPACK_PO('es'),
    phrases: [
      'Recibir un email con los siguientes comentarios a esta entrada.',
      'Recibir un email con cada nueva entrada.',
      'Escribir un Comentario...',
    ],
  },
  {
    system: 'jetpack',
    lang: 'it',
    reference: JETPACK_PO('it'),
    phrases: [
      'Avvertimi via email in caso di risposte al mio commento.',
      'Avvertimi via email alla pubblicazione di un nuovo articolo.',
      'Scrivi un Commento...',
    ],
  },
  {
    system: 'jetpack',
    lang: 'pt',
    reference: JETPACK_PO('pt-br'),
    phrases: [
      'Notifique-me sobre novos comentários por e-mail.',
      'Notifique-me sobre novas publicações por e-mail.',
      'Escreva um Comentário',
    ],
  },
];

/** The folding every phrase and every page text goes through before they are compared. */
export function foldPhrase(s: string): string {
  return s
    .replace(/[\u2018\u2019\u02bc\u0060\u00b4]/g, "'")
    .replace(/\u2026/g, '...')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}
