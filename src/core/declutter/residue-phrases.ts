// UI strings that comment forms leave behind in the page text (often visible once a page is copied,
// translated or loses its stylesheet). Matched case-insensitively as whole strings after white space is
// folded. They hide the smallest container that holds them with the form's controls, or a container made
// of nothing but such strings.

export interface ResiduePhraseSet {
  system: string;
  lang: string;
  phrases: string[];
}

export const RESIDUE_PHRASES: ResiduePhraseSet[] = [
  {
    system: 'tagdiv',
    lang: 'en',
    phrases: [
      'Please enter your comment!',
      'Please enter your name here',
      'You have entered an incorrect email address!',
      'Please enter your email address here',
    ],
  },
  {
    system: 'tagdiv',
    lang: 'ru',
    phrases: [
      'Пожалуйста, введите ваш комментарий!',
      'Пожалуйста, введите свое имя здесь',
      'Вы ввели неправильный адрес электронной почты!',
      'Пожалуйста, введите ваш адрес электронной почты здесь',
    ],
  },
  {
    system: 'recaptcha',
    lang: 'en',
    phrases: [
      'Captcha verification failed!',
      'CAPTCHA user score failed. Please contact us!',
      'reCAPTCHA verification failed',
    ],
  },
  {
    system: 'wordpress',
    lang: 'en',
    phrases: [
      'Leave a Reply',
      'Leave a Reply Cancel reply',
      'Your email address will not be published.',
      'Required fields are marked *',
      'Save my name, email, and website in this browser for the next time I comment.',
    ],
  },
  {
    system: 'wordpress',
    lang: 'ru',
    phrases: [
      'Добавить комментарий',
      'Ваш адрес email не будет опубликован.',
      'Обязательные поля помечены *',
      'Сохранить моё имя, email и адрес сайта в этом браузере для последующих моих комментариев.',
    ],
  },
];
