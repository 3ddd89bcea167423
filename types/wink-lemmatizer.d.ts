// wink-lemmatizer ships no types: its three functions, each returning the word when it knows no base.
declare module 'wink-lemmatizer' {
  const lemmatize: {
    noun(word: string): string;
    verb(word: string): string;
    adjective(word: string): string;
  };
  export default lemmatize;
}
