import { useState } from 'react';
import type { NumberInput } from './demo-inputs';

/** What a demo number field holds: the text as typed, and the value it reads as (or undefined). */
export interface NumberInputState {
  input: NumberInput;
  text: string;
  setText: (text: string) => void;
  value: number | undefined;
}

/** The state of one demo number field: validation happens on the text, as the user types. */
export function useNumberInput(input: NumberInput, initialText: string): NumberInputState {
  const [text, setText] = useState(initialText);
  return { input, text, setText, value: input.parse(text) };
}
