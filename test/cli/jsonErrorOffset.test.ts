import { jsonErrorOffset } from "../../src/cli/jsonErrorOffset";

test.each([
  ['{"a": 1}', -1],
  ['  [1, -2.5e3, "x\\u00e0\\n", true, false, null, {}, []]  ', -1],
  ['{"a": 1,}', 8],
  ['{\n  "indicators": [,]\n}', 19],
  ['{"a" 1}', 5],
  ["{'a': 1}", 1],
  ['{"a": 1} x', 9],
  ['{"a": [1, 2', 11],
  ['{"a": "x', 8],
  ['{"a": tru}', 9],
  ['{"a": 01}', 7],
  ['{"a": "\\x"}', 8],
  ["", 0],
])("%j → %d", (text, offset) => {
  expect(jsonErrorOffset(text)).toBe(offset);
  // It agrees with JSON.parse on whether the text is JSON.
  let valid = true;
  try {
    JSON.parse(text);
  } catch {
    valid = false;
  }
  expect(offset === -1).toBe(valid);
});
