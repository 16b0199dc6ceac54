import { InputError } from "../../src/core/model/errors";

/** The InputError `fn` throws; fails the test when it throws nothing or another error. */
export function inputError(fn: () => unknown): InputError {
  try {
    fn();
  } catch (error) {
    if (error instanceof InputError) return error;
    throw error;
  }
  throw new Error("expected an InputError");
}
