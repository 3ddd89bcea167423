// A question's terms in the places around its figures, each place searched once per question: the
// clause's places (its text, items, headings, title) are shared by all of its figures, and a
// sentence by the figures it writes; only a figure's own words are its own.
import { PLACE_WEIGHT, type FactContext } from './fact-context.ts';
import type { FocusTerm } from './question.ts';

const OWN = PLACE_WEIGHT.own;
const SENTENCE = PLACE_WEIGHT.sentence;
// The clause's places, closest first: shared by all of its figures.
const CLAUSE_PLACES = (['items', 'clauseText', 'headings', 'title'] as const).map((p) => [p, PLACE_WEIGHT[p]] as const);

/** The coverage of a figure's context and of its own words (see PLACE_WEIGHT in fact-context.ts). */
export interface Found {
  readonly coverage: number;
  readonly own: number;
}

/**
 * Finds one question's terms around figures: each term counts by the closest place that writes it
 * (PLACE_WEIGHT), for the figure's whole context and for its own words alone.
 */
export class TermsFound {
  // Per clause (by its number) and per sentence: each term's best weight there.
  // Plain arrays: typed arrays this small cost more to make than to read.
  private readonly inClause = new Map<number, number[]>();
  private readonly inSentence = new Map<string, boolean[]>();

  constructor(private readonly focus: readonly FocusTerm[]) {}

  /** The coverage of `ctx` and of its own words alone. */
  of(ctx: FactContext): Found {
    const clause = this.clauseBest(ctx);
    let sentence: boolean[] | undefined;
    let total = 0;
    let found = 0;
    let foundOwn = 0;
    // Plain loops: this runs for most figures of a region, and closures were a fifth of it.
    for (let t = 0; t < this.focus.length; t++) {
      const term = this.focus[t] as FocusTerm;
      total += term.weight;
      const own = writesAny(ctx.own, term.forms);
      let best = own ? OWN : (clause[t] as number);
      if (best < SENTENCE) {
        sentence ??= this.sentenceFound(ctx.sentence);
        if (sentence[t]) best = SENTENCE;
      }
      found += best * term.weight;
      foundOwn += (own ? OWN : 0) * term.weight;
    }
    return total === 0 ? { coverage: 0, own: 0 } : { coverage: found / total, own: foundOwn / total };
  }

  private clauseBest(ctx: FactContext): number[] {
    let best = this.inClause.get(ctx.index);
    if (!best) {
      best = [];
      for (const term of this.focus) {
        let weight = 0;
        for (const [place, w] of CLAUSE_PLACES) {
          if (writesAny(ctx[place], term.forms)) {
            weight = w;
            break;
          }
        }
        best.push(weight);
      }
      this.inClause.set(ctx.index, best);
    }
    return best;
  }

  private sentenceFound(sentence: string): boolean[] {
    let found = this.inSentence.get(sentence);
    if (!found) {
      found = this.focus.map((term) => writesAny(sentence, term.forms));
      this.inSentence.set(sentence, found);
    }
    return found;
  }
}

// Whether `text` writes any of `forms`.
function writesAny(text: string, forms: readonly string[]): boolean {
  for (let f = 0; f < forms.length; f++) if (text.includes(forms[f] as string)) return true;
  return false;
}
