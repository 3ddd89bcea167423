// What each figure of a sentence is: a value stated, a bar defining what is counted, or money granted.
import { FIGURE_CUES, mentions } from '../figures/cues.ts';
import type { Figure } from '../figures/figures.ts';

/** The role of a figure in its sentence. */
export type FigureRole = 'value' | 'threshold' | 'support';

const SEPARATOR = /[，,；;。：:（）()]/;
const COORDINATION = /^\s*(?:和|及|与|或|、)\s*$/;

// The text from the figure's end to the next separator: what directly follows it.
function following(text: string, f: Figure): string {
  const rest = text.slice(f.end);
  const stop = rest.search(SEPARATOR);
  return stop < 0 ? rest : rest.slice(0, stop);
}

function preceding(text: string, f: Figure): string {
  const before = text.slice(0, f.start);
  const parts = before.split(SEPARATOR);
  return parts[parts.length - 1] ?? '';
}

// Money granted: 最高给予200万元奖励, 每个品种最高给予 300 万元的支持.
function isSupport(text: string, f: Figure): boolean {
  if (f.kind !== 'money') return false;
  const before = preceding(text, f).replace(/\s+/g, '');
  // 给予最高200万元: a grant word shortly before the amount.
  const granted = FIGURE_CUES.supportBefore.some((w) => {
    const at = before.lastIndexOf(w);
    return at >= 0 && before.length - (at + w.length) <= 4;
  });
  return granted || mentions(following(text, f), FIGURE_CUES.support);
}

/** A range with both ends written (1万元以上5万元以下, 二倍以上十倍以下, 90个工作日至30个工作日). */
export function isBoundedRange(f: Figure): boolean {
  return f.upper !== undefined && /以下|以内|至/.test(f.text);
}

/**
 * The role of each figure (amounts only, in order, offsets in `text`): `support` for money
 * granted; `threshold` for a figure that qualifies what the sentence counts or rewards — followed
 * by 的 or 级 (超400亿元的工业企业, 百亿级企业), followed in its phrase by a count (营业收入300亿元以上
 * 集群1个), coordinated with a threshold (突破30亿元和50亿元的企业), or a condition before the money
 * granted (对投资3000万元以上的项目，给予…); otherwise `value`, a figure the sentence states.
 */
export function figureRoles(text: string, figures: readonly Figure[]): FigureRole[] {
  const roles: FigureRole[] = figures.map((f) => (isSupport(text, f) ? 'support' : 'value'));
  const firstSupport = figures.find((_, k) => roles[k] === 'support');
  for (let k = figures.length - 1; k >= 0; k--) {
    const f = figures[k] as Figure;
    // A range bounded on both sides (处五万元以上二十五万元以下的罚款) states a value, not a bar.
    if (roles[k] === 'support' || isBoundedRange(f)) continue;
    const after = following(text, f).replace(/^\s+/, '');
    const next = figures[k + 1];
    const phraseEnd = f.end + following(text, f).length;
    const countFollows = figures.some(
      (g) => g.start >= f.end && g.start < phraseEnd && (g.kind === 'count' || g.kind === 'measure'),
    );
    const coordinated =
      next !== undefined &&
      next.kind === f.kind &&
      roles[k + 1] === 'threshold' &&
      COORDINATION.test(text.slice(f.end, next.start));
    const condition =
      firstSupport !== undefined && f.start < firstSupport.start && text.slice(0, f.start).includes('对');
    if (after.startsWith('的') || after.startsWith('级') || coordinated || condition) roles[k] = 'threshold';
    else if ((f.kind === 'money' || f.kind === 'percent') && countFollows) roles[k] = 'threshold';
  }
  return roles;
}
