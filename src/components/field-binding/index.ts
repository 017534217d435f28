/**
 * A form field as the form that owns its state hands it over: the value, how it changes, and
 * what the checks say of it (null: nothing to say). A container passes it on as one object.
 */
export interface FieldBinding<Value> {
  value: Value;
  onChange: (value: Value) => void;
  error: string | null;
}
