import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { ChartData, ChartRequest } from "../../src/astro/chart.ts";
import { computeChart } from "../../src/astro/chart.ts";
import { ROOT } from "./helpers.ts";

/** A reference chart's input, as test/fixtures/charts.sample.json stores it. */
interface ReferenceInput {
  date: string;
  time: string;
  timezone: string;
  latitude: number;
  longitude: number;
  place: string | null;
}

/** A named chart to draw. */
export interface WheelSample {
  name: string;
  chart: ChartData;
}

function requestOf(input: ReferenceInput, extra: Partial<ChartRequest> = {}): ChartRequest {
  const [year, month, day] = input.date.split("-").map(Number) as [number, number, number];
  const [hour, minute, second] = input.time.split(":").map(Number) as [number, number, number];
  return {
    local: { year, month, day, hour, minute, second },
    timeKnown: true,
    timezone: input.timezone,
    latitude: input.latitude,
    longitude: input.longitude,
    houseSystem: "placidus",
    zodiac: "tropical",
    ayanamsa: null,
    disambiguation: "compatible",
    orbs: {},
    ...extra,
  };
}

/**
 * Every sample chart: the 40 reference charts and 5 polar ones (Placidus, falling back to
 * Porphyry inside the polar circles), each reference chart again in a sidereal zodiac (the three
 * ayanamsas in turn, with whole-sign houses for every other one), polar charts in Regiomontanus
 * (cusps running clockwise), one with an unknown birth time, and the 1962 Aquarius stellium (seven
 * bodies within 16°).
 */
export function wheelSamples(): WheelSample[] {
  const file = JSON.parse(readFileSync(join(ROOT, "test/fixtures/charts.sample.json"), "utf8")) as {
    charts: { input: ReferenceInput }[];
    polar_charts: { input: ReferenceInput }[];
  };
  const label = (i: ReferenceInput) => `${i.date} ${i.place ?? `lat ${i.latitude}`}`;
  const ayanamsas = ["lahiri", "fagan_bradley", "krishnamurti"] as const;
  const samples: WheelSample[] = [];
  file.charts.forEach(({ input }, i) => {
    samples.push({ name: `tropical ${label(input)}`, chart: computeChart(requestOf(input)) });
    const ayanamsa = ayanamsas[i % 3] as (typeof ayanamsas)[number];
    const houseSystem = i % 2 === 0 ? "whole_sign" : "placidus";
    samples.push({
      name: `sidereal ${ayanamsa} ${houseSystem} ${label(input)}`,
      chart: computeChart(requestOf(input, { zodiac: "sidereal", ayanamsa, houseSystem })),
    });
  });
  for (const { input } of file.polar_charts) {
    samples.push({ name: `polar ${label(input)}`, chart: computeChart(requestOf(input)) });
    samples.push({
      name: `polar regiomontanus ${label(input)}`,
      chart: computeChart(requestOf(input, { houseSystem: "regiomontanus" })),
    });
  }
  const stellium: ReferenceInput = {
    date: "1962-02-04",
    time: "18:00:00",
    timezone: "Asia/Kolkata",
    latitude: 28.6139,
    longitude: 77.209,
    place: "New Delhi",
  };
  samples.push({ name: "stellium 1962-02-04 New Delhi", chart: computeChart(requestOf(stellium)) });
  samples.push({
    name: "time unknown 1962-02-04 New Delhi",
    chart: computeChart(requestOf(stellium, { timeKnown: false })),
  });
  return samples;
}
