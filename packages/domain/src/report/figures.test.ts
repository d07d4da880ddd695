import { describe, expect, it } from 'vitest';
import { DOSSIER_FIGURE_RULES, DOSSIER_FIGURES } from './dossier-figures.js';
import { checkFigures } from './figures.js';
import type { FigureField } from './outline.js';

const rate: FigureField = { key: 'online_rate', label: 'Tỷ lệ hồ sơ trực tuyến', kind: 'percent', unit: '%' };
const money: FigureField = { key: 'budget', label: 'Kinh phí', kind: 'amount', unit: 'đồng' };
const fields = [...DOSSIER_FIGURES, rate, money];
const check = (values: Record<string, number | null>) =>
  checkFigures(fields, DOSSIER_FIGURE_RULES, values).map((i) => [i.code, i.field]);

describe('checkFigures', () => {
  it('accepts consistent counts, a percentage in 0–100 and a decimal amount', () => {
    expect(
      check({
        dossiers_received: 120,
        dossiers_on_time: 118,
        dossiers_late: 2,
        online_rate: 100,
        budget: 1.5,
      }),
    ).toEqual([]);
    expect(check({ online_rate: 0, dossiers_received: 0 })).toEqual([]);
  });

  it('leaves empty figures unchecked so that an item can be saved half-filled', () => {
    expect(check({ dossiers_received: null, dossiers_on_time: 5 })).toEqual([]);
  });

  it('refuses negative figures and fractional counts', () => {
    expect(check({ dossiers_received: -1 })).toEqual([['negative', 'dossiers_received']]);
    expect(check({ budget: -0.5 })).toEqual([['negative', 'budget']]);
    expect(check({ apology_letters: 2.5 })).toEqual([['not_whole', 'apology_letters']]);
  });

  it('refuses a percentage above 100 and one below 0', () => {
    expect(check({ online_rate: 100.1 })).toEqual([['percent_out_of_range', 'online_rate']]);
    expect(check({ online_rate: -3 })).toEqual([['negative', 'online_rate']]);
  });

  it('refuses more dossiers settled on time than received, naming both figures', () => {
    const issues = checkFigures(fields, DOSSIER_FIGURE_RULES, {
      dossiers_received: 10,
      dossiers_on_time: 12,
    });
    expect(issues).toEqual([
      {
        code: 'exceeds',
        field: 'dossiers_on_time',
        message: '“Số hồ sơ giải quyết đúng hạn” (12) không được lớn hơn “Số hồ sơ tiếp nhận” (10).',
      },
    ]);
  });

  it('refuses a figure the item does not ask for, and a value that is not a number', () => {
    expect(check({ foo: 1 })).toEqual([['unknown_figure', 'foo']]);
    expect(check({ budget: Number.NaN })).toEqual([['not_a_number', 'budget']]);
  });
});
