// What an English question asks for, from its grammar: the noun phrase after which/what, tagged by
// compromise's part-of-speech tagger (which department fines a lab… asks for a department, not a market).
import nlp from 'compromise';

type View = ReturnType<typeof nlp>;

/** The noun phrase a which/what question asks for. */
export interface AskedPhrase {
  /** The phrase as written (regional herbal-medicine brands). */
  readonly phrase: string;
  /** Its head noun is plural: the question asks for several. */
  readonly plural: boolean;
}

// which/what, then kind of / type of, then adjectives, nouns and gerunds ending in a noun.
const KIND_OF = '(which|what) (kind|kinds|type|types|sort|sorts|form|forms) of [<np>(#Adjective|#Noun|#Gerund)* #Noun]';
const PLAIN = '(which|what) [<np>(#Adjective|#Noun|#Gerund|#Value)* #Noun]';

/**
 * The noun phrase after which/what in an English question, and whether its head is plural; undefined
 * when the question word is followed by no noun (what is…, what does…).
 */
export function askedNounPhrase(text: string): AskedPhrase | undefined {
  const doc = nlp(text);
  for (const pattern of [KIND_OF, PLAIN]) {
    const np = doc.match(pattern).groups('np') as View;
    if (!np?.found) continue;
    const phrase = np.text('normal').trim();
    if (!phrase) continue;
    return { phrase, plural: np.terms().last().has('#Plural') };
  }
  return undefined;
}
