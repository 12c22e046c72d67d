import { describe, expect, it } from "vitest";
import { queueWaitMs } from "../../src/jobs/job-stats.ts";
import { percentile } from "../../src/jobs/percentile.ts";

describe("percentile (nearest rank)", () => {
  it("takes the ⌈p·n⌉-th smallest value, as in the textbook example", () => {
    // The worked example of the nearest-rank method: 15, 20, 35, 40, 50.
    const values = [50, 15, 40, 20, 35];
    expect(percentile(values, 5)).toBe(15);
    expect(percentile(values, 30)).toBe(20);
    expect(percentile(values, 40)).toBe(20);
    expect(percentile(values, 50)).toBe(35);
    expect(percentile(values, 100)).toBe(50);
  });

  it("always answers one of the values, never an interpolation", () => {
    expect(percentile([1, 2, 3, 4], 50)).toBe(2);
    expect(percentile([1, 2, 3, 4], 51)).toBe(3);
    expect(percentile([10, 20], 95)).toBe(20);
  });

  it("gives p95 of 1…100 as 95 and p50 as 50", () => {
    const values = Array.from({ length: 100 }, (_, i) => 100 - i);
    expect(percentile(values, 50)).toBe(50);
    expect(percentile(values, 95)).toBe(95);
    expect(percentile(values, 99)).toBe(99);
  });

  it("handles one value, p = 0, and no values", () => {
    expect(percentile([7], 50)).toBe(7);
    expect(percentile([7], 95)).toBe(7);
    expect(percentile([3, 1, 2], 0)).toBe(1);
    expect(percentile([], 50)).toBeNull();
  });

  it("sorts numerically and leaves its input alone", () => {
    const values = [100, 9, 10];
    expect(percentile(values, 50)).toBe(10);
    expect(values).toEqual([100, 9, 10]);
  });

  it("refuses a percentile outside 0–100", () => {
    expect(() => percentile([1], -1)).toThrow(RangeError);
    expect(() => percentile([1], 101)).toThrow(RangeError);
    expect(() => percentile([1], Number.NaN)).toThrow(RangeError);
  });
});

describe("queueWaitMs", () => {
  it("counts from queued_at, or from created_at when the job was re-queued after it started", () => {
    expect(queueWaitMs({ createdAt: 0, queuedAt: 100, startedAt: 350, finishedAt: 400 })).toBe(250);
    expect(queueWaitMs({ createdAt: 0, queuedAt: 900, startedAt: 350, finishedAt: 1000 })).toBe(
      350,
    );
  });
});
