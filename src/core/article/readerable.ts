// Only the readerability check, not the whole of Readability: keeps the content script small.
// @ts-expect-error: the file is CommonJS without its own type declarations.
import isProbablyReaderableImpl from '@mozilla/readability/Readability-readerable.js';
import type { isProbablyReaderable as Signature } from '@mozilla/readability';

export const isProbablyReaderable = isProbablyReaderableImpl as typeof Signature;
