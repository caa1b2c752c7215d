/** Judging a claim read in full: one function per claim type. A claim not fully read is unverifiable with the reason. */
import type { Claim, ClaimResult } from '../types.js';
import { judgeChangeClaim } from './change.js';
import { judgeComparisonClaim } from './comparison.js';
import { judgeCountClaim } from './count.js';
import type { JudgeContext } from './figures.js';
import { judgeMeanClaim } from './mean.js';
import { judgeRankClaim } from './rank.js';
import { judgeRatioClaim } from './ratio.js';
import { unverifiable } from './result.js';
import { judgeShareClaim } from './share.js';
import { judgeStreakClaim } from './streak.js';

export type { JudgeContext } from './figures.js';

export async function judge(c: Claim, ctx: JudgeContext): Promise<ClaimResult> {
  if (c.unread) return unverifiable(c, `Not checked: ${c.unread}.`);
  if (!c.measure) return unverifiable(c, 'No measure in the catalogue matches what is counted here.');
  if (!c.period && c.type !== 'streak' && c.type !== 'share' && !(c.type === 'count' && c.measure.named === 'deportation')) return unverifiable(c, 'The claim states no period.');
  switch (c.type) {
    case 'count':
      return judgeCountClaim(c, ctx);
    case 'change':
      return judgeChangeClaim(c, ctx);
    case 'comparison':
      return judgeComparisonClaim(c, ctx);
    case 'rank':
      return judgeRankClaim(c, ctx);
    case 'share':
      return judgeShareClaim(c, ctx);
    case 'mean_per':
      return judgeMeanClaim(c, ctx);
    case 'ratio':
      return judgeRatioClaim(c, ctx);
    case 'streak':
      return judgeStreakClaim(c, ctx);
  }
}
