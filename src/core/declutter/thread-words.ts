// The words around a comment thread, in the eight languages of the form strings (en ru de fr es it pt uk):
// what its heading says ("12 Comments", "Комментарии (4)"), what each comment's reply control says, and what
// the button that loads or shows the thread says. A list of repeated blocks below the article counts as a
// thread only with one of these beside its own structure (threads.ts), so a list of related stories, each
// with its own author and date, is never taken for one. The project's own wording of common interface
// strings: each is what comment areas of news sites in that language print.

export interface ThreadWordSet {
  lang: string;
  /**
   * A thread's heading, compared with the heading's text once digits, brackets and punctuation are dropped:
   * "12 Comments" and "Comments (12)" both read "comments".
   */
  headings: string[];
  /** Heading starts followed by the article's title: "3 thoughts on “…”", "Комментарии к «…»". */
  headingStarts: string[];
  /** A reply control's whole text ("Reply", "Ответить"). */
  replies: string[];
  /** A control that loads or shows the thread, matched as a whole text (a count beside it is allowed). */
  loads: string[];
}

export const THREAD_WORDS: ThreadWordSet[] = [
  {
    lang: 'en',
    headings: ['comments', 'comment', 'reader comments', 'responses', 'response', 'replies', 'discussion', 'join the discussion', 'conversation', 'join the conversation', 'what readers say'],
    headingStarts: ['thoughts on', 'thought on', 'responses to', 'response to', 'replies to', 'reply to', 'comments on', 'comment on', 'comments for'],
    replies: ['reply', 'respond', 'reply to this comment'],
    loads: ['show comments', 'load comments', 'view comments', 'read comments', 'see comments', 'show all comments', 'view all comments', 'see all comments', 'read all comments', 'load more comments', 'show more comments', 'view more comments', 'more comments', 'expand comments', 'open comments'],
  },
  {
    lang: 'ru',
    headings: ['комментарии', 'комментарий', 'комментария', 'комментариев', 'обсуждение', 'комментарии читателей'],
    headingStarts: ['комментарии к', 'комментариев к', 'комментарий к', 'комментария к'],
    replies: ['ответить'],
    loads: ['показать комментарии', 'загрузить комментарии', 'показать все комментарии', 'все комментарии', 'ещё комментарии', 'еще комментарии', 'больше комментариев', 'читать комментарии', 'смотреть комментарии', 'показать ещё комментарии', 'показать еще комментарии', 'загрузить ещё комментарии', 'загрузить еще комментарии'],
  },
  {
    lang: 'de',
    headings: ['kommentare', 'kommentar', 'leserkommentare', 'diskussion', 'diskutieren sie mit'],
    headingStarts: ['kommentare zu', 'kommentar zu', 'gedanken zu'],
    replies: ['antworten'],
    loads: ['kommentare anzeigen', 'kommentare laden', 'alle kommentare anzeigen', 'alle kommentare', 'weitere kommentare', 'weitere kommentare laden', 'weitere kommentare anzeigen', 'mehr kommentare', 'kommentare lesen', 'kommentare einblenden'],
  },
  {
    lang: 'fr',
    headings: ['commentaires', 'commentaire', 'réactions', 'réaction', 'discussion', 'vos commentaires', 'vos réactions'],
    headingStarts: ['commentaires sur', 'commentaire sur', 'réponses à', 'réponse à', 'réflexions sur', 'réflexion sur'],
    replies: ['répondre'],
    loads: ['afficher les commentaires', 'voir les commentaires', 'charger les commentaires', 'voir tous les commentaires', 'afficher tous les commentaires', 'plus de commentaires', 'lire les commentaires', 'afficher plus de commentaires', 'charger plus de commentaires'],
  },
  {
    lang: 'es',
    headings: ['comentarios', 'comentario', 'discusión', 'opiniones de los lectores'],
    headingStarts: ['comentarios en', 'comentario en', 'comentarios sobre', 'respuestas a', 'respuesta a', 'opiniones sobre'],
    replies: ['responder', 'contestar'],
    loads: ['ver comentarios', 'mostrar comentarios', 'cargar comentarios', 'ver todos los comentarios', 'ver los comentarios', 'más comentarios', 'cargar más comentarios', 'ver más comentarios', 'leer comentarios', 'mostrar más comentarios'],
  },
  {
    lang: 'it',
    headings: ['commenti', 'commento', 'discussione', 'i vostri commenti'],
    headingStarts: ['commenti su', 'commento su', 'risposte a', 'risposta a', 'pensieri su', 'pensiero su'],
    replies: ['rispondi'],
    loads: ['mostra commenti', 'mostra i commenti', 'carica commenti', 'carica i commenti', 'vedi commenti', 'vedi i commenti', 'leggi i commenti', 'mostra tutti i commenti', 'vedi tutti i commenti', 'altri commenti', 'carica altri commenti', 'mostra altri commenti'],
  },
  {
    lang: 'pt',
    headings: ['comentários', 'comentário', 'discussão', 'comentários dos leitores'],
    headingStarts: ['comentários em', 'comentário em', 'comentários sobre', 'respostas para', 'resposta para', 'respostas a', 'resposta a'],
    replies: ['responder'],
    loads: ['ver comentários', 'mostrar comentários', 'carregar comentários', 'ver todos os comentários', 'ver os comentários', 'mais comentários', 'carregar mais comentários', 'ver mais comentários', 'ler comentários', 'mostrar mais comentários'],
  },
  {
    lang: 'uk',
    headings: ['коментарі', 'коментар', 'коментарів', 'коментаря', 'обговорення'],
    headingStarts: ['коментарі до', 'коментарів до', 'коментар до'],
    replies: ['відповісти'],
    loads: ['показати коментарі', 'завантажити коментарі', 'показати всі коментарі', 'всі коментарі', 'усі коментарі', 'більше коментарів', 'ще коментарі', 'читати коментарі', 'показати ще коментарі'],
  },
];
