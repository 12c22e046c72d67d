import { describe, expect, it } from "vitest";
import { checkWebhookUrl, type UrlGuardOptions } from "../../src/webhooks/url-guard.ts";

const PRODUCTION: UrlGuardOptions = { allowLoopback: false, requireHttps: true };
const DEV: UrlGuardOptions = { allowLoopback: true, requireHttps: false };

function refused(url: string, options: UrlGuardOptions) {
  const result = checkWebhookUrl(url, options);
  return result.ok ? `accepted as ${result.url}` : result.reason;
}

describe("checkWebhookUrl", () => {
  it.each([
    "https://hooks.example.com/orrery",
    "https://example.com:8443/hook?x=1",
    "https://93.184.215.14/hook",
    "https://[2606:4700:4700::1111]/hook",
    "https://sub.domain.example.co.uk/",
  ])("accepts the public https URL %s in production", (url) => {
    expect(checkWebhookUrl(url, PRODUCTION)).toMatchObject({ ok: true });
  });

  it.each([
    // loopback in every notation
    ["https://127.0.0.1/", "loopback"],
    ["https://127.0.0.2/", "loopback"],
    ["https://2130706433/", "loopback"],
    ["https://0x7f000001/", "loopback"],
    ["https://0177.0.0.1/", "loopback"],
    ["https://127.1/", "loopback"],
    ["https://0x7f.0.0.1/", "loopback"],
    ["https://[::1]/", "loopback"],
    ["https://[0:0:0:0:0:0:0:1]/", "loopback"],
    ["https://localhost/", "loopback"],
    ["https://LOCALHOST./", "loopback"],
    ["https://api.localhost/", "loopback"],
    // private, CGNAT, link-local, metadata
    ["https://10.0.0.1/", "private"],
    ["https://167772161/", "private"],
    ["https://172.16.0.1/", "private"],
    ["https://172.31.255.255/", "private"],
    ["https://192.168.1.1/", "private"],
    ["https://100.64.0.1/", "carrier-grade"],
    ["https://169.254.169.254/latest/meta-data/", "metadata"],
    ["https://[fe80::1]/", "link-local"],
    ["https://[fc00::1]/", "private"],
    ["https://[fd00:ec2::254]/", "private"],
    ["https://metadata.google.internal/computeMetadata/v1/", "internal"],
    // unspecified, mapped, multicast
    ["https://0.0.0.0/", "unspecified"],
    ["https://0/", "unspecified"],
    ["https://[::]/", "unspecified"],
    ["https://[::ffff:127.0.0.1]/", "IPv4-mapped"],
    ["https://[::ffff:10.0.0.1]/", "IPv4-mapped"],
    ["https://[::ffff:169.254.169.254]/", "IPv4-mapped"],
    ["https://224.0.0.1/", "multicast"],
    ["https://255.255.255.255/", "broadcast"],
    // internal names
    ["https://intranet/", "single-label"],
    ["https://printer.local/", "internal"],
    ["https://db.internal/", "internal"],
    ["https://nas.home.arpa/", "internal"],
    // scheme and credentials
    ["http://hooks.example.com/", "https"],
    ["ftp://hooks.example.com/", "https"],
    ["https://user:pass@hooks.example.com/", "credentials"],
    ["https://user@hooks.example.com/", "credentials"],
    ["https://hooks.example.com/orrery#section", "fragment"],
    ["https://hooks.example.com/orrery#", "fragment"],
    ["not a url", "valid"],
    ["/relative/path", "valid"],
  ])("refuses %s in production (%s)", (url, why) => {
    expect(refused(url, PRODUCTION)).toContain(why);
  });

  it("allows only localhost, 127.0.0.1 and [::1] with the local-development flag", () => {
    for (const url of [
      "http://localhost:8790/hook",
      "http://127.0.0.1:8790/hook",
      "http://[::1]:8790/hook",
    ]) {
      expect(checkWebhookUrl(url, DEV), url).toMatchObject({ ok: true });
    }
    expect(refused("http://127.0.0.2/", DEV)).toContain("loopback");
    expect(refused("http://2130706433/", DEV)).toMatch(/^accepted as http:\/\/127\.0\.0\.1\//);
    expect(refused("http://app.localhost/", DEV)).toContain("loopback");
  });

  it("names http to loopback as the development alternative for other schemes", () => {
    expect(refused("ftp://localhost/", DEV)).toBe("must use https (or http to loopback)");
    expect(refused("ftp://localhost/", PRODUCTION)).toBe("must use https");
  });

  it("keeps private, link-local and metadata addresses refused even in local development", () => {
    for (const url of [
      "http://10.0.0.1/",
      "http://192.168.0.10/",
      "http://169.254.169.254/",
      "http://[fd00:ec2::254]/",
      "http://[fe80::1]/",
      "http://metadata.google.internal/",
      "http://[::ffff:127.0.0.1]/",
      "http://user:pass@localhost/",
    ]) {
      expect(checkWebhookUrl(url, DEV).ok, url).toBe(false);
    }
  });

  it("allows odd ports and normalizes the URL", () => {
    expect(checkWebhookUrl("https://Hooks.Example.com:4443/a b", PRODUCTION)).toEqual({
      ok: true,
      url: "https://hooks.example.com:4443/a%20b",
    });
  });

  it("refuses very long URLs", () => {
    expect(refused(`https://example.com/${"a".repeat(3000)}`, PRODUCTION)).toContain("longer");
  });
});
