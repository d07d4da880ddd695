/**
 * How a deadline's state is shown: the API decides the state (one domain function) and words it
 * (stateLabel); the portal only picks a tone and a symbol for it, so that a missed deadline stands
 * out and is not told by colour alone.
 */

export type DeadlineTone = 'missed' | 'soon' | 'met' | 'open' | 'none';

/** Within this many working days a deadline not yet met is "due soon". */
export const DUE_SOON_WORKING_DAYS = 3;

type State =
  | { kind: 'not_due' }
  | { kind: 'due_in'; workingDays: number }
  | { kind: 'met_on_time' }
  | { kind: 'met_late'; workingDaysLate: number }
  | { kind: 'missed'; workingDaysOverdue: number }
  | { kind: 'not_applicable'; reason: string };

/**
 * @example deadlineTone({ kind: 'due_in', workingDays: 2 }) // 'soon'
 */
export function deadlineTone(state: State): DeadlineTone {
  switch (state.kind) {
    case 'missed':
    case 'met_late':
      return 'missed';
    case 'due_in':
      return state.workingDays <= DUE_SOON_WORKING_DAYS ? 'soon' : 'open';
    case 'met_on_time':
      return 'met';
    case 'not_due':
      return 'open';
    case 'not_applicable':
      return 'none';
    default: {
      const unknown: never = state;
      return unknown;
    }
  }
}

/** A symbol beside the words, hidden from screen readers (the words say it). */
export const TONE_SYMBOLS: Record<DeadlineTone, string> = {
  missed: '✗',
  soon: '!',
  met: '✓',
  open: '○',
  none: '–',
};
