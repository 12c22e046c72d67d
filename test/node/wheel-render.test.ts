// Renders every sample chart's wheel in headless Chromium (Debian's `chromium`; .ci/run installs
// it) and checks its structure from the browser's own layout: all 12 signs, every body, no two
// labels of different bodies overlapping, nothing outside the picture, a parseable SVG that needs
// nothing under `default-src 'none'`. PNGs land in test/node/.output/wheels/ (git-ignored) to look at.
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { type Browser, chromium, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { pointName } from "../../src/wheel/describe-wheel.ts";
import { renderWheel } from "../../src/wheel/render-wheel.ts";
import type { WheelTheme } from "../../src/wheel/themes.ts";
import { ROOT } from "./helpers.ts";
import { wheelSamples } from "./wheel-samples.ts";

const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const OUT = join(ROOT, "test/node/.output/wheels");

/** A box in CSS pixels, from getBoundingClientRect. */
interface Box {
  owner: string;
  part: string;
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** What the page measured of one wheel. */
interface Measured {
  parseError: string | null;
  violations: string[];
  svg: { left: number; top: number; right: number; bottom: number };
  signs: string[];
  bodies: string[];
  houses: number;
  aspects: number;
  title: string;
  desc: string;
  labelledBy: string[];
  boxes: Box[];
}

let browser: Browser;
let page: Page;

beforeAll(async () => {
  mkdirSync(OUT, { recursive: true });
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
  page = await browser.newPage({ viewport: { width: 600, height: 600 } });
}, 60_000);

afterAll(async () => {
  await browser?.close();
});

/**
 * Parses the SVG as XML (not HTML, which forgives), inserts it into a page whose CSP is
 * `default-src 'none'`, and measures every marked element.
 */
async function measure(svg: string): Promise<Measured> {
  await page.setContent(
    `<!doctype html><html><head><meta http-equiv="Content-Security-Policy" content="default-src 'none'"></head><body style="margin:0"></body></html>`,
  );
  return page.evaluate(async (text: string) => {
    const violations: string[] = [];
    document.addEventListener("securitypolicyviolation", (e) => {
      violations.push(`${e.violatedDirective} ${e.blockedURI}`);
    });
    const xml = new DOMParser().parseFromString(text, "image/svg+xml");
    const error = xml.querySelector("parsererror");
    const svg = document.importNode(xml.documentElement, true) as unknown as SVGSVGElement;
    document.body.append(svg);
    // Violation reports are queued as tasks: let them arrive.
    await new Promise((resolve) => setTimeout(resolve, 50));
    const r = (el: Element) => el.getBoundingClientRect();
    const boxes: Box[] = [];
    for (const el of svg.querySelectorAll("[data-part]:not([data-part='leader'])")) {
      const owner = el.closest("[data-body]")?.getAttribute("data-body") ?? "?";
      const b = r(el);
      boxes.push({
        owner,
        part: el.getAttribute("data-part") ?? "",
        left: b.left,
        top: b.top,
        right: b.right,
        bottom: b.bottom,
      });
    }
    for (const el of svg.querySelectorAll("[data-sign]")) {
      const b = r(el);
      const sign = `sign:${el.getAttribute("data-sign")}`;
      boxes.push({ owner: sign, part: "glyph", ...pick(b) });
    }
    for (const el of svg.querySelectorAll(
      "[data-house], [data-angle], [data-legend], [data-caption]",
    )) {
      const b = r(el);
      const owner = el.getAttribute("data-house") ?? el.getAttribute("data-angle") ?? "frame";
      boxes.push({ owner: `label:${owner}`, part: "label", ...pick(b) });
    }
    function pick(b: DOMRect) {
      return { left: b.left, top: b.top, right: b.right, bottom: b.bottom };
    }
    const ids = (svg.getAttribute("aria-labelledby") ?? "").split(/\s+/).filter(Boolean);
    return {
      parseError: error ? error.textContent : null,
      violations,
      svg: pick(r(svg)),
      signs: [...svg.querySelectorAll("[data-sign]")].map((e) => e.getAttribute("data-sign") ?? ""),
      bodies: [...svg.querySelectorAll("[data-body]")].map(
        (e) => e.getAttribute("data-body") ?? "",
      ),
      houses: svg.querySelectorAll("[data-house]").length,
      aspects: svg.querySelectorAll("[data-aspect]").length,
      title: svg.querySelector("title")?.textContent ?? "",
      desc: svg.querySelector("desc")?.textContent ?? "",
      labelledBy: ids.map((id) => (svg.querySelector(`#${id}`) ? id : `missing:${id}`)),
      boxes,
    };
  }, svg);
}

function overlaps(a: Box, b: Box): boolean {
  // Half a CSS pixel of slack: boxes that only touch are fine.
  const e = 0.5;
  return (
    a.left < b.right - e && b.left < a.right - e && a.top < b.bottom - e && b.top < a.bottom - e
  );
}

const samples = wheelSamples();

describe("chart wheel in headless Chromium", () => {
  it("has the samples it promises: polar, sidereal, a stellium, an unknown birth time", () => {
    const names = samples.map((s) => s.name);
    expect(names.filter((n) => n.startsWith("polar")).length).toBeGreaterThanOrEqual(5);
    expect(names.filter((n) => n.startsWith("sidereal")).length).toBeGreaterThanOrEqual(40);
    expect(names.some((n) => n.startsWith("stellium"))).toBe(true);
    expect(names.some((n) => n.startsWith("time unknown"))).toBe(true);
  });

  samples.forEach((sample, i) => {
    const theme: WheelTheme = i % 2 === 0 ? "light" : "dark";
    it(`${sample.name} (${theme})`, async () => {
      const { chart } = sample;
      const svg = renderWheel(chart, { theme });
      const m = await measure(svg);
      expect(m.parseError).toBeNull();
      expect(m.violations).toEqual([]);

      expect([...m.signs].sort()).toEqual(
        [
          "aquarius",
          "aries",
          "cancer",
          "capricorn",
          "gemini",
          "leo",
          "libra",
          "pisces",
          "sagittarius",
          "scorpio",
          "taurus",
          "virgo",
        ].sort(),
      );
      expect(m.bodies).toEqual(chart.bodies.map((b) => b.id));
      expect(m.houses).toBe(chart.houses ? 12 : 0);
      expect(m.aspects).toBe(chart.aspects.length);
      expect(m.labelledBy).toEqual(["wheel-title", "wheel-desc"]);
      expect(m.title).toContain(chart.zodiac);
      for (const b of chart.bodies) expect(m.desc).toContain(`${pointName(b.id)} `);

      const glyphs = m.boxes.filter((b) => b.part === "glyph");
      expect(glyphs.length).toBe(12 + chart.bodies.length);
      // Every glyph and label inside the picture, and no two of different owners overlapping.
      const outside = m.boxes.filter(
        (b) =>
          b.left < m.svg.left ||
          b.top < m.svg.top ||
          b.right > m.svg.right ||
          b.bottom > m.svg.bottom,
      );
      expect(outside.map((b) => `${b.owner} ${b.part}`)).toEqual([]);
      const clashes: string[] = [];
      m.boxes.forEach((a, j) => {
        for (const b of m.boxes.slice(j + 1)) {
          if (a.owner !== b.owner && overlaps(a, b)) {
            clashes.push(`${a.owner} ${a.part} × ${b.owner} ${b.part}`);
          }
        }
      });
      expect(clashes).toEqual([]);

      const slug = sample.name.replaceAll(/[^a-z0-9]+/gi, "-").toLowerCase();
      await page.locator("svg").screenshot({ path: join(OUT, `${slug}-${theme}.png`) });
    });
  });
});
