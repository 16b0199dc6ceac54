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

  test("does nothing, and throws nothing, where V8 will not expose its collector", () => {
    jest.isolateModules(() => {
      jest.doMock("node:v8", () => ({ ...jest.requireActual<object>("node:v8"), setFlagsFromString: () => undefined }));
      // A context without the collector: its name renamed to one no context defines (this process may have it exposed already).
      jest.doMock("node:vm", () => ({
        runInNewContext: (code: string) => jest.requireActual<typeof import("node:vm")>("node:vm").runInNewContext(code.replace(/\bgc\b/g, "collectorNeverExposed"), {}),
      }));
      const { releaseGarbage: without } = jest.requireActual<typeof import("../../src/cli/releaseGarbage")>("../../src/cli/releaseGarbage");
      expect(() => without()).not.toThrow();
    });
  });
});
