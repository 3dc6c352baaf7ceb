// wordpos 2.1.0 ships no type declarations; only the part modroute uses is declared.
declare module 'wordpos' {
  interface WordPosResult {
    lemma: string;
    pos: string;
    synonyms: string[];
  }
  export default class WordPOS {
    constructor(options?: Record<string, unknown>);
    lookup(word: string): Promise<WordPosResult[]>;
  }
}
