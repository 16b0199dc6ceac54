import { releaseGarbage } from "../../src/cli/releaseGarbage";

describe("releaseGarbage", () => {
  test("frees what is no longer referenced before the next phase (the summary's write) grows the heap", () => {
    let held: number[][] | null = Array.from({ length: 200_000 }, (_, i) => [i, i + 0.5]);
    const withGarbage = process.memoryUsage().heapUsed;
    expect(held.length).toBe(200_000);
    held = null;
    releaseGarbage();
    const after = process.memoryUsage().heapUsed;
    // 200 000 small arrays of two numbers are well over 10 MB of heap.
    expect(withGarbage - after).toBeGreaterThan(10 * 1024 * 1024);
    expect(held).toBeNull();
  });
});
