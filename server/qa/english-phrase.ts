// What an English question asks for, from its grammar: the noun phrase after which/what, tagged by
// compromise's part-of-speech tagger (which department fines a lab… asks for a department, not a market).
import nlp from 'compromise';

type View = ReturnType<ReturnType<typeof nlp>['match']>;

/** The noun phrase a which/what question asks for. */
export interface AskedPhrase {
  /** The phrase as written (regional herbal-medicine brands). */
  readonly phrase: string;
  /** Its head noun is plural: the question asks for several. */
  readonly plural: boolean;
}

// which/what, then a word for a kind or rank of the thing (kind of, type of, level of, tier of),
// then adjectives, nouns and gerunds ending in a noun: which level of government asks for a government.
const KIND_OF =
  '(which|what) (kind|kinds|type|types|sort|sorts|form|forms|level|levels|tier|tiers|category|categories) of [<np>(#Adjective|#Noun|#Gerund)* #Noun]';
const SEVERAL_KINDS = /^\S+ (?:kinds|types|sorts|forms|levels|tiers|categories) of\b/;
const PLAIN = '(which|what) [<np>(#Adjective|#Noun|#Gerund|#Value)* #Noun]';
const MODIFIER = '(#Adjective|#Noun|#Gerund|#Value)';

/**
 * The noun phrase after which/what in an English question, and whether its head is plural; undefined
 * when the question word is followed by no noun (what is…, what does…).
 */
export function askedNounPhrase(text: string): AskedPhrase | undefined {
  const doc = nlp(text);
  for (const pattern of [KIND_OF, PLAIN]) {
    const match = doc.match(pattern);
    const np = (match.groups('np') as View | undefined)?.eq(0);
    if (!np?.found) continue;
    const terms = wholePhrase(np);
    const phrase = terms.text('normal').trim();
    if (!phrase) continue;
    // Which kinds of waste asks for several, as which wastes would.
    const kinds = pattern === KIND_OF && SEVERAL_KINDS.test(match.eq(0).text('normal'));
    return { phrase, plural: kinds || terms.terms().last().has('#Plural') };
  }
  return undefined;
}

// The tagger's match stops at the first noun it can end on (which older Zhejiang | regulation was…);
// the phrase runs on over the nouns right after a singular one (a plural noun ends a compound:
// which provinces | plan…). A last noun with no verb after it in the whole question is the
// question's verb read as a plural noun (which department | leads building the…) when an object
// follows it.
function wholePhrase(np: View): View {
  const terms = np.terms().last().has('#Plural') ? np : np.growRight(`${MODIFIER}* #Noun`);
  const words = terms.terms();
  const rest = terms.after('.+');
  const verbAfter = rest.match('#Verb').not('#Gerund').found;
  // Only a verb has an object right after it: which medical devices? and which drug makers, … end in
  // their noun.
  const pause = /[,;:?!.]/.test(punctuationAfter(words.last()));
  const objectAfter = !pause && rest.found && rest.terms().first().has('(#Determiner|#Gerund|#Noun|#Adjective)');
  if (words.length > 1 && !verbAfter && objectAfter && words.last().has('#Plural')) {
    return words.slice(0, words.length - 1);
  }
  return terms;
}

// The punctuation written right after a term (the view's text leaves it out at the view's end).
function punctuationAfter(term: View): string {
  const json = term.json() as Array<{ terms?: Array<{ post?: string }> }>;
  return json[0]?.terms?.at(-1)?.post ?? '';
}
