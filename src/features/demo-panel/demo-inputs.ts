import {
  MAX_ADVANCE_DAYS,
  MAX_LATENCY_MS,
  MIN_ADVANCE_DAYS,
  type DemoFaults,
} from '../../contract';

export const QUICK_ADVANCE_DAYS = [1, 7, 29, 30] as const;

/** Whether the server is slowed down or failing on purpose: shown on the Demo button too. */
export function hasActiveFaults(faults: DemoFaults | undefined): boolean {
  return faults !== undefined && (faults.latencyMs > 0 || faults.failureRate > 0);
}

/** A whole number typed into a field, or undefined when the text is not one within the bounds. */
function parseWholeNumber(text: string, min: number, max: number): number | undefined {
  if (!/^\s*\d+\s*$/.test(text)) return undefined;
  const value = Number(text);
  return value >= min && value <= max ? value : undefined;
}

/** A percentage typed into a field (0–100, decimals allowed), as the contract's 0–1 rate. */
function parsePercentAsRate(text: string): number | undefined {
  if (!/^\s*\d+([.,]\d+)?\s*$/.test(text)) return undefined;
  const percent = Number(text.replace(',', '.'));
  return percent <= 100 ? percent / 100 : undefined;
}

/** The contract's 0–1 rate as the number shown in the percent field. */
export function rateAsPercent(rate: number): number {
  return Math.round(rate * 10000) / 100;
}

/**
 * A number field of the demo drawer: its bounds as the user types them, the step of its arrows,
 * and the value the contract takes for a text (undefined when the text is not a valid one).
 */
export interface NumberInput {
  min: number;
  max: number;
  step: number;
  parse: (text: string) => number | undefined;
}

function wholeNumberInput(min: number, max: number, step: number): NumberInput {
  return { min, max, step, parse: (text) => parseWholeNumber(text, min, max) };
}

/** Bounds of the demo inputs: the ones the mock backend enforces (src/contract/rules.ts). */
export const ADVANCE_DAYS_INPUT = wholeNumberInput(MIN_ADVANCE_DAYS, MAX_ADVANCE_DAYS, 1);
export const LATENCY_MS_INPUT = wholeNumberInput(0, MAX_LATENCY_MS, 100);
/** Typed as a percentage, sent as the contract's 0–1 rate. */
export const FAILURE_PERCENT_INPUT: NumberInput = {
  min: 0,
  max: 100,
  step: 10,
  parse: parsePercentAsRate,
};
