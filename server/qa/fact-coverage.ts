// A question's terms in the places around its figures, each place searched once per question: the
// clause's places (its text, items, headings, title) are shared by all of its figures, and a
// sentence by the figures it writes; only a figure's own words are its own.
import type { FactContext } from './fact-context.ts';
import type { FocusTerm } from './question.ts';

/** How much a term counts where found (as coverage in fact-context.ts weighs the places). */
const OWN = 1;
const SENTENCE = 0.7;
const CLAUSE_PLACES = [
  ['items', 0.7],
  ['clauseText', 0.5],
  ['headings', 0.4],
  ['title', 0.3],
] as const;

/** The coverage of a figure's context and of its own words (see coverage in fact-context.ts). */
export interface Found {
  readonly coverage: number;
  readonly own: number;
}

/**
 * Finds one question's terms around figures, giving what `coverage(focus, context)` and
 * `coverage(focus, own words only)` give, to the last bit: each term's best place is the same, and
 * the sums are made in the same order.
 */
export class TermsFound {
  // Per clause (by its number) and per sentence: each term's best weight there.
  private readonly inClause = new Map<number, Float64Array>();
  private readonly inSentence = new Map<string, Uint8Array>();

  constructor(private readonly focus: readonly FocusTerm[]) {}

  /** The coverage of `ctx` and of its own words alone. */
  of(ctx: FactContext): Found {
    const clause = this.clauseBest(ctx);
    let sentence: Uint8Array | undefined;
    let total = 0;
    let found = 0;
    let foundOwn = 0;
    this.focus.forEach((term, t) => {
      total += term.weight;
      const own = term.forms.some((form) => ctx.own.includes(form));
      let best = own ? OWN : (clause[t] as number);
      if (best < SENTENCE) {
        sentence ??= this.sentenceFound(ctx.sentence);
        if (sentence[t]) best = SENTENCE;
      }
      found += best * term.weight;
      foundOwn += (own ? OWN : 0) * term.weight;
    });
    return total === 0 ? { coverage: 0, own: 0 } : { coverage: found / total, own: foundOwn / total };
  }

  private clauseBest(ctx: FactContext): Float64Array {
    let best = this.inClause.get(ctx.index);
    if (!best) {
      best = Float64Array.from(this.focus, (term) => {
        for (const [place, weight] of CLAUSE_PLACES) if (term.forms.some((f) => ctx[place].includes(f))) return weight;
        return 0;
      });
      this.inClause.set(ctx.index, best);
    }
    return best;
  }

  private sentenceFound(sentence: string): Uint8Array {
    let found = this.inSentence.get(sentence);
    if (!found) {
      found = Uint8Array.from(this.focus, (term) => (term.forms.some((f) => sentence.includes(f)) ? 1 : 0));
      this.inSentence.set(sentence, found);
    }
    return found;
  }
}
