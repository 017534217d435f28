import { FLOOR_TEXT, type FloorTextKey } from './text';

/** The plain floor: texts straight from the object. */
export function useFloorText(): (key: FloorTextKey) => string {
  return (key) => FLOOR_TEXT[key];
}
