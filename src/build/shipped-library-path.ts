/** Where the built extension holds the shipped packs' compiled library (written by shipped-library.ts). */
export const SHIPPED_LIBRARY_PATH = 'packs/shipped.bin';
