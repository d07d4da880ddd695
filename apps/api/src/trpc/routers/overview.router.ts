import { overviewInput } from '@kiemtra/domain';
import { toOverviewDto } from '../../overview/overview.dto.js';
import { programmeOverview } from '../../overview/programme-overview.js';
import { procedureFor, router } from '../init.js';

export const overviewRouter = router({
  /**
   * The leadership view (Lãnh đạo UBND tỉnh, Sở Nội vụ) of a year's plans or of one plan: on-time
   * rates of each legal deadline, findings by area and kind, recommendations by state and age,
   * repeated shortcomings and progress, each figure with the visits behind it.
   */
  get: procedureFor('results.read')
    .input(overviewInput)
    .query(async ({ ctx, input }) => toOverviewDto(await programmeOverview(ctx, ctx.actor, input))),
});
