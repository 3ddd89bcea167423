// Public surface of the figures library: amounts, years and dates in text, and the sentences around them.
export { findFigures, isUnit, type Figure, type FigureKind } from './figures.ts';
export { attachment, respectively, sentences, type Sentence, type TextSpan } from './sentences.ts';
